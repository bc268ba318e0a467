import Foundation
import KaoheCore
import KaoheReport
import Testing

/// Whole documents of the fixed three-unit run (SummaryFixture), in both languages. When the summary's
/// wording or layout changes on purpose, these change with it; read the difference before accepting it.
@Suite struct SummaryGoldenTests {
    @Test func markdownInChineseIsTheWholeExpectedDocument() {
        #expect(SummaryRender.markdown(SummaryFixture.summary(), lang: .zh) == Self.markdownZh)
    }

    @Test func markdownInEnglishIsTheWholeExpectedDocument() {
        #expect(SummaryRender.markdown(SummaryFixture.summary(), lang: .en) == Self.markdownEn)
    }

    @Test func terminalTextInChineseAlignsDoubleWidthCharacters() {
        #expect(SummaryRender.text(SummaryFixture.summary(), lang: .zh) == Self.textZh)
    }

    @Test func terminalTextInEnglishIsTheWholeExpectedDocument() {
        #expect(SummaryRender.text(SummaryFixture.summary(), lang: .en) == Self.textEn)
    }

    @Test func jsonFieldNamesAndValuesAreStable() {
        #expect(SummaryRender.json(SummaryFixture.singleUnit(), lang: .en) == Self.json)
    }

    static let markdownZh = #"""
            绵府办函〔2016〕12号

            # ××市关于2015年度大气污染防治行动计划实施情况考核结果的通报

            各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门：

            根据大气污染防治行动计划实施情况考核办法，××市环境保护局组织对各县（市、区）、园区2015年度大气污染防治行动计划实施情况进行了考核。现将考核结果通报如下。

            ## 一、总体情况

            本次考核对象共3个单位。考核结果为：优秀1个，良好0个，合格0个，不合格2个。优秀：涪城区；不合格：安县、平武县。

            有本年和上年年均浓度数据的单位中，2个单位可吸入颗粒物（PM10）年均浓度平均为94微克/立方米，较上年（96微克/立方米）下降2.1%。

            ## 二、考核结果

            各单位考核得分及等级见下表。通过考核的单位按考核得分由高到低排列，得分相同的名次并列；未通过考核的单位单列其后，不与通过考核的单位并列排名。考核等级作为各单位领导班子和领导干部综合考核评价的依据。

            ### （一）通过考核的单位

            | 名次 | 单位 | 年均浓度（微克/立方米） | 较基数下降 | 考核得分 | 考核等级 |
            | ---: | --- | ---: | ---: | ---: | --- |
            | 1 | 涪城区 | 96 | 5.9% | 100.0 | 优秀 |

            ### （二）未通过考核的单位

            | 名次 | 单位 | 年均浓度（微克/立方米） | 较基数下降 | 考核得分 | 考核等级 |
            | ---: | --- | ---: | ---: | ---: | --- |
            | 2 | 安县 | 93 | 2.1% | 57.1 | 不合格 |
            | — | 平武县 | — | — | — | 不合格 |

            ## 三、存在问题

            ### （一）未通过考核

            安县：考核得分低于60分（57.1分），考核等级为不合格。

            平武县：未报送自查报告且无监测数据，考核等级为不合格。

            ### （二）自查报告报送

            涪城区逾期8天报送自查报告；安县自查报告缺少治理项目进展内容；平武县未报送自查报告。

            ### （三）监测数据质量

            未发现自报数据与监测数据不一致或篡改、伪造监测数据的情况。

            ## 四、处理意见

            对未通过年度考核的单位，约谈其相关责任人，并暂停审批其新增大气污染物排放的建设项目环境影响评价文件（环评限批）。民生项目与节能减排项目不在限批之列。具体如下：

            安县：约谈相关责任人（2016年4月2日）；自2016年3月15日起实行环评限批。

            平武县：约谈相关责任人；自本通报印发之日起实行环评限批。

            ## 五、工作要求

            各单位要对照考核发现的问题，认真研究制定整改措施，明确责任和时限，切实抓好整改落实。

            未通过考核的单位要在约谈后30日内将整改方案报送市大气污染防治工作领导小组办公室。

            各单位要加强监测数据质量管理，严禁篡改、伪造监测数据，按时报送自查报告。

            附件：1. 2015年度自查报告报送及实施细则、年度计划备案情况  
            　　　2. 2015年度治理项目进展与资金投入情况  
            　　　3. 计算说明

            ××市环境保护局  
            2016年3月15日

            ---

            抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，市发展改革委，市经信委，市财政局，市住房城乡建设局。  
            ××市环境保护局办公室　2016年3月15日印发

            ---

            **附件1**

            # 2015年度自查报告报送及实施细则、年度计划备案情况

            | 区域代码 | 区域名称 | 报送情况 | 完整性 | 实施细则 | 年度实施计划 |
            | --- | --- | --- | --- | --- | --- |
            | 510703 | 涪城区 | 逾期 8 天（2016-01-08） | 完整 | 已公开，已备案 2014-11-20 | 未公开，未备案 |
            | 510724 | 安县 | 按时（2015-12-30） | 不完整，缺：治理项目进展 | 已公开，未备案 | 未公开，未备案 |
            | 510727 | 平武县 | 未报送 | — | — | — |

            2015 年：按时 1，逾期 1，未报送 1，不完整 1。自查报告应于考核年度12月31日前报送，并涵盖空气质量改善、重点工作任务、治理项目进展、资金投入四项内容。

            **附件2**

            # 2015年度治理项目进展与资金投入情况

            ### （一）治理项目进展（按单位）

            | 区域代码 | 区域名称 | 项目数 | 未开工 | 在建 | 已完成 | 已取消 | 计划投资（万元） | 完成投资（万元） |
            | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | 510703 | 涪城区 | 2 | 0 | 1 | 1 | 0 | 1180.00 | 845.50 |
            | 510724 | 安县 | 1 | 1 | 0 | 0 | 0 | 200.00 | 0.00 |
            | 510727 | 平武县 | 0 | 0 | 0 | 0 | 0 | 0.00 | 0.00 |
            |  | 合计 | 3 | 1 | 1 | 1 | 0 | 1380.00 | 845.50 |

            ### （二）资金投入（按来源，万元）

            | 资金来源 | 计划 | 实际到位 |
            | --- | ---: | ---: |
            | 中央财政 | 400.00 | 380.50 |
            | 企业自筹 | 50.00 | 0.00 |
            | 合计 | 450.00 | 380.50 |

            **附件3**

            # 计算说明

            ## 一、考核运行

            - **考核年度**：2015年
            - **考核类别**：年度考核
            - **考核运行**：#7（第2版）
            - **规则集**：test-rules（sha256:abababababababababababababababababababababababababababababababab）
            - **发布情况**：已发布：绵府办函〔2016〕12号，2016-03-15

            ## 二、考核等级统计

            | 等级 | 单位数 | 单位 |
            | --- | ---: | --- |
            | 优秀 | 1 | 涪城区 |
            | 良好 | 0 |  |
            | 合格 | 0 |  |
            | 不合格 | 2 | 安县、平武县 |
            | 合计 | 3 |  |

            ## 三、考核结果排名（含计算数据）

            ### 通过考核的单位

            | 名次 | 区域代码 | 区域名称 | 基数 | 上年 | 本年 | 要求消减 | 要求下降 | 实际下降 | 达到要求 | 质量得分 | 重点任务 | 考核得分 | 等级 | 标记 |
            | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |
            | 1 | 510703 | 涪城区 | 102 | 99 | 96 | 4.08 | 4.0% | 5.9% | 是 | 100.0 | 96.5\* | 100.0 | 优秀 | 逾期报送（2016-01-08） |

            ### 未通过考核的单位（单列，不与通过考核的单位并列排名）

            | 名次 | 区域代码 | 区域名称 | 基数 | 上年 | 本年 | 要求消减 | 要求下降 | 实际下降 | 达到要求 | 质量得分 | 重点任务 | 考核得分 | 等级 | 标记 |
            | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |
            | 2 | 510724 | 安县 | 95 | 94 | 93 | 3.5 | 3.7% | 2.1% | 否 | 57.1 | 94.0\* | 57.1 | 不合格 | 自查报告不完整（缺：治理项目进展） |
            | — | 510727 | 平武县 | 58 | 57 | — | 0 | 0.0% | — | — | — | 0.0\* | — | 不合格 | 未报送、无数据 |

            通过考核的单位按考核得分从高到低排列，得分相同的名次并列、按区域代码排列；未通过考核的单位不论得分单列其后，名次接续；未评定等级的单位列在最后（R-18a）。浓度单位 μg/m³；下降率相对考核基数（R-6）。

            达到要求：精确的实际下降率不低于精确的要求下降率（R-11）。未达到时质量得分 = 100 × (基数 − 本年) ÷ 要求消减（R-10）。

            \* 重点任务得分为评估性指标，不计入考核得分（R-14）。

            各单位考核等级供领导班子和领导干部综合考核评价使用（R-23）。

            ## 四、未通过考核的单位及处理依据

            未通过年度考核的单位：约谈相关责任人，暂停新增大气污染物排放建设项目的环评审批；民生项目与节能减排项目除外（R-19、R-20）。

            | 区域代码 | 区域名称 | 等级 | 考核得分 | 原因 | 约谈 | 暂停环评审批起始日 |
            | --- | --- | --- | ---: | --- | --- | --- |
            | 510724 | 安县 | 不合格 | 57.1 | 考核得分低于合格分数段（R-15） | 约谈相关责任人（2016-04-02） | 2016-03-15 |
            | 510727 | 平武县 | 不合格 | — | 未报送、无数据 | 未记录 | 未记录 |

            ## 五、数据差异与数据造假认定

            ### 自报数据与监测数据不一致（R-26）

            无。

            ### 篡改、伪造监测数据的认定（R-17）

            无。

            ## 六、规则说明

            本汇总按规则集 test-rules（sha256:abababababab）计算，浓度、得分按 GB/T 8170 修约（R-11）。

            以下设置为本工具默认规则，非官方规定，可在规则集中修改：

            - 空气质量得分公式（R-10）

            以下公文设置未经设定，采用本工具默认值，非官方规定（可用 kaohe settings set 修改）：

            - 城市名称：××市
            - 发文机关：××市环境保护局
            - 发文字号格式：环发〔{年}〕{号}号
            - 主送机关：各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门
            - 抄送机关：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，市发展改革委，市经信委，市财政局，市住房城乡建设局
            - 印发机关：××市环境保护局办公室
            - 发文机关署名：××市环境保护局
            - 工作要求：各单位要对照考核发现的问题，认真研究制定整改措施，明确责任和时限，切实抓好整改落实。 未通过考核的单位要在约谈后30日内将整改方案报送市大气污染防治工作领导小组办公室。 各单位要加强监测数据质量管理，严禁篡改、伪造监测数据，按时报送自查报告。

            ## 七、各单位考核说明

            ### 涪城区（510703）2015年考核说明

            1. \[R-7\] 要求浓度 98 μg/m³。
            2. \[R-10, R-15\] 达到要求，得分 100.0：优秀。

            等级：优秀；标记：逾期报送（2016-01-08）

            ### 安县（510724）2015年考核说明

            1. \[R-10\] 得分 57.1：不合格。
            2. \[R-4\] 自查报告缺少治理项目进展内容，报告不完整，予以标记；得分按已报送及核实的数据计算，不因此改变。

            等级：不合格；标记：自查报告不完整（缺：治理项目进展）

            ### 平武县（510727）2015年考核说明

            1. \[R-18\] 未报送、无数据：不合格。

            等级：不合格；标记：未报送、无数据

            """#

    static let markdownEn = #"""
            绵府办函〔2016〕12号

            # ××市: notice of the results of the 2015 annual assessment of the Air Pollution Prevention Action Plan

            各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门:

            Under the assessment method of the Air Pollution Prevention Action Plan, ××市环境保护局 assessed how the counties, districts and parks carried out the plan in 2015. The results are as follows.

            ## 1. Overview

            3 units were assessed: 1 excellent, 0 good, 0 pass, 2 fail. excellent: 涪城区; fail: 安县, 平武县.

            Of the units with this year's and last year's annual means, the 2 units' mean annual PM10 concentration was 94 μg/m³, 2.1% lower than the previous year (96 μg/m³).

            ## 2. Results

            Scores and grades are in the tables below. Units that passed are ranked by score, highest first, equal scores sharing a rank; units that failed are listed apart after them, never ranked beside the passing units. The grades feed the comprehensive evaluation of each unit's leadership.

            ### (1) Units that passed

            | Rank | Unit | Annual mean (μg/m³) | Decline on base | Score | Grade |
            | ---: | --- | ---: | ---: | ---: | --- |
            | 1 | 涪城区 | 96 | 5.9% | 100.0 | excellent |

            ### (2) Units that failed

            | Rank | Unit | Annual mean (μg/m³) | Decline on base | Score | Grade |
            | ---: | --- | ---: | ---: | ---: | --- |
            | 2 | 安县 | 93 | 2.1% | 57.1 | fail |
            | — | 平武县 | — | — | — | fail |

            ## 3. Problems found

            ### (1) Why units failed

            安县: score below 60 (57.1); graded fail.

            平武县: no self-inspection report and no monitoring data; graded fail.

            ### (2) Self-inspection reports

            涪城区 sent its report 8 day(s) late; 安县's report lacks projects; 平武县 sent no report.

            ### (3) Monitoring data

            No disagreement with the monitoring data and no falsification was found.

            ## 4. Measures

            For the units that failed the annual assessment, the responsible persons are summoned and environmental-impact approval of new projects adding air-pollutant emissions is suspended. Livelihood and energy-saving or emission-reduction projects are exempt. In detail:

            安县: 约谈相关责任人（2016-04-02）; approval restriction from 15 March 2016.

            平武县: summons of the responsible persons; approval restriction from the day this notice is issued.

            ## 5. Requirements

            各单位要对照考核发现的问题，认真研究制定整改措施，明确责任和时限，切实抓好整改落实。

            未通过考核的单位要在约谈后30日内将整改方案报送市大气污染防治工作领导小组办公室。

            各单位要加强监测数据质量管理，严禁篡改、伪造监测数据，按时报送自查报告。

            Attachments: 1. Self-inspection reports and filing of rules and plans, 2015  
                         2. Projects and funding, 2015  
                         3. Technical appendix: how the results were computed

            ××市环境保护局  
            15 March 2016

            ---

            Copies to: 市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，市发展改革委，市经信委，市财政局，市住房城乡建设局.  
            ××市环境保护局办公室　printed and issued 15 March 2016

            ---

            **Attachment 1**

            # Self-inspection reports and filing of rules and plans, 2015

            | code | unit | submission | completeness | implementation rules | annual plan |
            | --- | --- | --- | --- | --- | --- |
            | 510703 | 涪城区 | late 8 day(s) (2016-01-08) | complete | published, filed 2014-11-20 | not published, not filed |
            | 510724 | 安县 | on time (2015-12-30) | incomplete, lacks: projects | published, not filed | not published, not filed |
            | 510727 | 平武县 | missing | — | — | — |

            2015: 1 on time, 1 late, 1 missing, 1 incomplete. Reports are due by 31 December of the assessed year and must cover air quality, key tasks, projects and funding.

            **Attachment 2**

            # Projects and funding, 2015

            ### (1) Projects by unit

            | code | unit | projects | not started | under construction | completed | cancelled | planned (10k CNY) | completed (10k CNY) |
            | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | 510703 | 涪城区 | 2 | 0 | 1 | 1 | 0 | 1180.00 | 845.50 |
            | 510724 | 安县 | 1 | 1 | 0 | 0 | 0 | 200.00 | 0.00 |
            | 510727 | 平武县 | 0 | 0 | 0 | 0 | 0 | 0.00 | 0.00 |
            |  | Total | 3 | 1 | 1 | 1 | 0 | 1380.00 | 845.50 |

            ### (2) Funding by source (10k CNY)

            | source | planned | received |
            | --- | ---: | ---: |
            | central budget | 400.00 | 380.50 |
            | enterprises' own funds | 50.00 | 0.00 |
            | Total | 450.00 | 380.50 |

            **Attachment 3**

            # Technical appendix: how the results were computed

            ## 1. The assessment run

            - **Year**: 2015
            - **Kind**: annual assessment
            - **Run**: #7 (revision 2)
            - **Rule set**: test-rules (sha256:abababababababababababababababababababababababababababababababab)
            - **Status**: published as 绵府办函〔2016〕12号 on 2016-03-15

            ## 2. Grades

            | grade | units | which |
            | --- | ---: | --- |
            | excellent | 1 | 涪城区 |
            | good | 0 |  |
            | pass | 0 |  |
            | fail | 2 | 安县, 平武县 |
            | Total | 3 |  |

            ## 3. Ranking with the computed figures

            ### Units that passed

            | rank | code | unit | base | prev. | current | req. reduction | req. decline | actual decline | reached | quality | key tasks | result | grade | flags |
            | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |
            | 1 | 510703 | 涪城区 | 102 | 99 | 96 | 4.08 | 4.0% | 5.9% | yes | 100.0 | 96.5\* | 100.0 | excellent | late report (2016-01-08) |

            ### Units that failed (listed apart, never ranked beside the passing units)

            | rank | code | unit | base | prev. | current | req. reduction | req. decline | actual decline | reached | quality | key tasks | result | grade | flags |
            | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |
            | 2 | 510724 | 安县 | 95 | 94 | 93 | 3.5 | 3.7% | 2.1% | no | 57.1 | 94.0\* | 57.1 | fail | incomplete report (lacks: projects) |
            | — | 510727 | 平武县 | 58 | 57 | — | 0 | 0.0% | — | — | — | 0.0\* | — | fail | no report, no data |

            Units that passed are ranked by result score, highest first; equal scores share a rank and are listed by code. Units that failed follow in their own block whatever their score, the numbering continuing; units not graded come last (R-18a). Concentrations in μg/m³; declines against the assessment base (R-6).

            Reached: the exact actual decline is at least the exact required decline (R-11). When not reached, quality score = 100 × (base − current) ÷ required reduction (R-10).

            \* The key-task score is an evaluative indicator and does not count in the result (R-14).

            Each unit's grade is for the comprehensive evaluation of its leadership (R-23).

            ## 4. Failing units and the rules applied

            Units failing the annual assessment: the city summons the responsible persons, and environmental-impact approval of new projects adding air-pollutant emissions is suspended; livelihood and energy-saving projects are exempt (R-19, R-20).

            | code | unit | grade | result | reasons | summons | approval freeze since |
            | --- | --- | --- | ---: | --- | --- | --- |
            | 510724 | 安县 | fail | 57.1 | result below the passing band (R-15) | 约谈相关责任人（2016-04-02） | 2016-03-15 |
            | 510727 | 平武县 | fail | — | no report, no data | not recorded | not recorded |

            ## 5. Discrepancies and falsification findings

            ### Self-reported vs monitored data (R-26)

            None.

            ### Findings of falsified monitoring data (R-17)

            None.

            ## 6. Notes on the rules

            Computed under rule set test-rules (sha256:abababababab); concentrations and scores are rounded per GB/T 8170 (R-11).

            These settings are defaults of this tool, not official rules, and can be changed in the rule set:

            - quality score formula (R-10)

            These document settings were not set and take this tool's defaults, not official rules (change them with kaohe settings set):

            - city: ××市
            - issuing authority: ××市环境保护局
            - document number pattern: 环发〔{年}〕{号}号
            - addressees: 各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门
            - copies to: 市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，市发展改革委，市经信委，市财政局，市住房城乡建设局
            - printed and issued by: ××市环境保护局办公室
            - signature: ××市环境保护局
            - work requirements: 各单位要对照考核发现的问题，认真研究制定整改措施，明确责任和时限，切实抓好整改落实。 未通过考核的单位要在约谈后30日内将整改方案报送市大气污染防治工作领导小组办公室。 各单位要加强监测数据质量管理，严禁篡改、伪造监测数据，按时报送自查报告。

            ## 7. Explanations per unit

            ### Explanation for 涪城区 (510703), 2015

            1. \[R-7\] Required concentration 98 μg/m³.
            2. \[R-10, R-15\] Requirement reached, score 100.0: excellent.

            Grade: excellent; flags: late report (2016-01-08)

            ### Explanation for 安县 (510724), 2015

            1. \[R-10\] Score 57.1: fail.
            2. \[R-4\] The self-inspection report lacks projects: it is incomplete and flagged; the scores are computed from the data reported and verified and do not change because of it.

            Grade: fail; flags: incomplete report (lacks: projects)

            ### Explanation for 平武县 (510727), 2015

            1. \[R-18\] No report, no data: fail.

            Grade: fail; flags: no report, no data

            """#

    static let textZh = #"""
            绵府办函〔2016〕12号

            ××市关于2015年度大气污染防治行动计划实施情况考核结果的通报
            ==========================================================

            各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门：

            根据大气污染防治行动计划实施情况考核办法，××市环境保护局组织对各县（市、区）、园区2015年度大气污染防治行动计划实施情况进行了考核。现将考核结果通报如下。

            一、总体情况
            ------------

            本次考核对象共3个单位。考核结果为：优秀1个，良好0个，合格0个，不合格2个。优秀：涪城区；不合格：安县、平武县。

            有本年和上年年均浓度数据的单位中，2个单位可吸入颗粒物（PM10）年均浓度平均为94微克/立方米，较上年（96微克/立方米）下降2.1%。

            二、考核结果
            ------------

            各单位考核得分及等级见下表。通过考核的单位按考核得分由高到低排列，得分相同的名次并列；未通过考核的单位单列其后，不与通过考核的单位并列排名。考核等级作为各单位领导班子和领导干部综合考核评价的依据。

            （一）通过考核的单位

            名次  单位    年均浓度（微克/立方米）  较基数下降  考核得分  考核等级
            ----  ------  -----------------------  ----------  --------  --------
               1  涪城区                       96        5.9%     100.0  优秀

            （二）未通过考核的单位

            名次  单位    年均浓度（微克/立方米）  较基数下降  考核得分  考核等级
            ----  ------  -----------------------  ----------  --------  --------
               2  安县                         93        2.1%      57.1  不合格
               —  平武县                        —           —         —  不合格

            三、存在问题
            ------------

            （一）未通过考核

            安县：考核得分低于60分（57.1分），考核等级为不合格。

            平武县：未报送自查报告且无监测数据，考核等级为不合格。

            （二）自查报告报送

            涪城区逾期8天报送自查报告；安县自查报告缺少治理项目进展内容；平武县未报送自查报告。

            （三）监测数据质量

            未发现自报数据与监测数据不一致或篡改、伪造监测数据的情况。

            四、处理意见
            ------------

            对未通过年度考核的单位，约谈其相关责任人，并暂停审批其新增大气污染物排放的建设项目环境影响评价文件（环评限批）。民生项目与节能减排项目不在限批之列。具体如下：

            安县：约谈相关责任人（2016年4月2日）；自2016年3月15日起实行环评限批。

            平武县：约谈相关责任人；自本通报印发之日起实行环评限批。

            五、工作要求
            ------------

            各单位要对照考核发现的问题，认真研究制定整改措施，明确责任和时限，切实抓好整改落实。

            未通过考核的单位要在约谈后30日内将整改方案报送市大气污染防治工作领导小组办公室。

            各单位要加强监测数据质量管理，严禁篡改、伪造监测数据，按时报送自查报告。

            附件：1. 2015年度自查报告报送及实施细则、年度计划备案情况
            　　　2. 2015年度治理项目进展与资金投入情况
            　　　3. 计算说明

            ××市环境保护局
            2016年3月15日

            ----------------------------------------
            抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，市发展改革委，市经信委，市财政局，市住房城乡建设局。
            ××市环境保护局办公室    2016年3月15日印发
            ----------------------------------------

            附件1
            2015年度自查报告报送及实施细则、年度计划备案情况
            ================================================

            区域代码  区域名称  报送情况                 完整性                    实施细则                   年度实施计划
            --------  --------  -----------------------  ------------------------  -------------------------  --------------
            510703    涪城区    逾期 8 天（2016-01-08）  完整                      已公开，已备案 2014-11-20  未公开，未备案
            510724    安县      按时（2015-12-30）       不完整，缺：治理项目进展  已公开，未备案             未公开，未备案
            510727    平武县    未报送                   —                         —                          —

            2015 年：按时 1，逾期 1，未报送 1，不完整 1。自查报告应于考核年度12月31日前报送，并涵盖空气质量改善、重点工作任务、治理项目进展、资金投入四项内容。

            附件2
            2015年度治理项目进展与资金投入情况
            ==================================

            （一）治理项目进展（按单位）

            区域代码  区域名称  项目数  未开工  在建  已完成  已取消  计划投资（万元）  完成投资（万元）
            --------  --------  ------  ------  ----  ------  ------  ----------------  ----------------
            510703    涪城区         2       0     1       1       0           1180.00            845.50
            510724    安县           1       1     0       0       0            200.00              0.00
            510727    平武县         0       0     0       0       0              0.00              0.00
                      合计           3       1     1       1       0           1380.00            845.50

            （二）资金投入（按来源，万元）

            资金来源    计划  实际到位
            --------  ------  --------
            中央财政  400.00    380.50
            企业自筹   50.00      0.00
            合计      450.00    380.50

            附件3
            计算说明
            ========

            一、考核运行
            ------------

            考核年度：2015年
            考核类别：年度考核
            考核运行：#7（第2版）
            规则集：test-rules（sha256:abababababababababababababababababababababababababababababababab）
            发布情况：已发布：绵府办函〔2016〕12号，2016-03-15

            二、考核等级统计
            ----------------

            等级    单位数  单位
            ------  ------  ------------
            优秀         1  涪城区
            良好         0
            合格         0
            不合格       2  安县、平武县
            合计         3

            三、考核结果排名（含计算数据）
            ------------------------------

            通过考核的单位

            名次  区域代码  区域名称  基数  上年  本年  要求消减  要求下降  实际下降  达到要求  质量得分  重点任务  考核得分  等级  标记
            ----  --------  --------  ----  ----  ----  --------  --------  --------  --------  --------  --------  --------  ----  ----------------------
               1  510703    涪城区     102    99    96      4.08      4.0%      5.9%  是           100.0     96.5*     100.0  优秀  逾期报送（2016-01-08）

            未通过考核的单位（单列，不与通过考核的单位并列排名）

            名次  区域代码  区域名称  基数  上年  本年  要求消减  要求下降  实际下降  达到要求  质量得分  重点任务  考核得分  等级    标记
            ----  --------  --------  ----  ----  ----  --------  --------  --------  --------  --------  --------  --------  ------  ----------------------------------
               2  510724    安县        95    94    93       3.5      3.7%      2.1%  否            57.1     94.0*      57.1  不合格  自查报告不完整（缺：治理项目进展）
               —  510727    平武县      58    57     —         0      0.0%         —  —                —      0.0*         —  不合格  未报送、无数据

            通过考核的单位按考核得分从高到低排列，得分相同的名次并列、按区域代码排列；未通过考核的单位不论得分单列其后，名次接续；未评定等级的单位列在最后（R-18a）。浓度单位 μg/m³；下降率相对考核基数（R-6）。

            达到要求：精确的实际下降率不低于精确的要求下降率（R-11）。未达到时质量得分 = 100 × (基数 − 本年) ÷ 要求消减（R-10）。

            * 重点任务得分为评估性指标，不计入考核得分（R-14）。

            各单位考核等级供领导班子和领导干部综合考核评价使用（R-23）。

            四、未通过考核的单位及处理依据
            ------------------------------

            未通过年度考核的单位：约谈相关责任人，暂停新增大气污染物排放建设项目的环评审批；民生项目与节能减排项目除外（R-19、R-20）。

            区域代码  区域名称  等级    考核得分  原因                            约谈                          暂停环评审批起始日
            --------  --------  ------  --------  ------------------------------  ----------------------------  ------------------
            510724    安县      不合格      57.1  考核得分低于合格分数段（R-15）  约谈相关责任人（2016-04-02）  2016-03-15
            510727    平武县    不合格         —  未报送、无数据                  未记录                        未记录

            五、数据差异与数据造假认定
            --------------------------

            自报数据与监测数据不一致（R-26）

            无。

            篡改、伪造监测数据的认定（R-17）

            无。

            六、规则说明
            ------------

            本汇总按规则集 test-rules（sha256:abababababab）计算，浓度、得分按 GB/T 8170 修约（R-11）。

            以下设置为本工具默认规则，非官方规定，可在规则集中修改：

            - 空气质量得分公式（R-10）

            以下公文设置未经设定，采用本工具默认值，非官方规定（可用 kaohe settings set 修改）：

            - 城市名称：××市
            - 发文机关：××市环境保护局
            - 发文字号格式：环发〔{年}〕{号}号
            - 主送机关：各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门
            - 抄送机关：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，市发展改革委，市经信委，市财政局，市住房城乡建设局
            - 印发机关：××市环境保护局办公室
            - 发文机关署名：××市环境保护局
            - 工作要求：各单位要对照考核发现的问题，认真研究制定整改措施，明确责任和时限，切实抓好整改落实。 未通过考核的单位要在约谈后30日内将整改方案报送市大气污染防治工作领导小组办公室。 各单位要加强监测数据质量管理，严禁篡改、伪造监测数据，按时报送自查报告。

            七、各单位考核说明
            ------------------

            涪城区（510703）2015年考核说明

            1. [R-7] 要求浓度 98 μg/m³。
            2. [R-10, R-15] 达到要求，得分 100.0：优秀。

            等级：优秀；标记：逾期报送（2016-01-08）

            安县（510724）2015年考核说明

            1. [R-10] 得分 57.1：不合格。
            2. [R-4] 自查报告缺少治理项目进展内容，报告不完整，予以标记；得分按已报送及核实的数据计算，不因此改变。

            等级：不合格；标记：自查报告不完整（缺：治理项目进展）

            平武县（510727）2015年考核说明

            1. [R-18] 未报送、无数据：不合格。

            等级：不合格；标记：未报送、无数据

            """#

    static let textEn = #"""
            绵府办函〔2016〕12号

            ××市: notice of the results of the 2015 annual assessment of the Air Pollution Prevention Action Plan
            =====================================================================================================

            各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门:

            Under the assessment method of the Air Pollution Prevention Action Plan, ××市环境保护局 assessed how the counties, districts and parks carried out the plan in 2015. The results are as follows.

            1. Overview
            -----------

            3 units were assessed: 1 excellent, 0 good, 0 pass, 2 fail. excellent: 涪城区; fail: 安县, 平武县.

            Of the units with this year's and last year's annual means, the 2 units' mean annual PM10 concentration was 94 μg/m³, 2.1% lower than the previous year (96 μg/m³).

            2. Results
            ----------

            Scores and grades are in the tables below. Units that passed are ranked by score, highest first, equal scores sharing a rank; units that failed are listed apart after them, never ranked beside the passing units. The grades feed the comprehensive evaluation of each unit's leadership.

            (1) Units that passed

            Rank  Unit    Annual mean (μg/m³)  Decline on base  Score  Grade
            ----  ------  -------------------  ---------------  -----  ---------
               1  涪城区                   96             5.9%  100.0  excellent

            (2) Units that failed

            Rank  Unit    Annual mean (μg/m³)  Decline on base  Score  Grade
            ----  ------  -------------------  ---------------  -----  -----
               2  安县                     93             2.1%   57.1  fail
               —  平武县                    —                —      —  fail

            3. Problems found
            -----------------

            (1) Why units failed

            安县: score below 60 (57.1); graded fail.

            平武县: no self-inspection report and no monitoring data; graded fail.

            (2) Self-inspection reports

            涪城区 sent its report 8 day(s) late; 安县's report lacks projects; 平武县 sent no report.

            (3) Monitoring data

            No disagreement with the monitoring data and no falsification was found.

            4. Measures
            -----------

            For the units that failed the annual assessment, the responsible persons are summoned and environmental-impact approval of new projects adding air-pollutant emissions is suspended. Livelihood and energy-saving or emission-reduction projects are exempt. In detail:

            安县: 约谈相关责任人（2016-04-02）; approval restriction from 15 March 2016.

            平武县: summons of the responsible persons; approval restriction from the day this notice is issued.

            5. Requirements
            ---------------

            各单位要对照考核发现的问题，认真研究制定整改措施，明确责任和时限，切实抓好整改落实。

            未通过考核的单位要在约谈后30日内将整改方案报送市大气污染防治工作领导小组办公室。

            各单位要加强监测数据质量管理，严禁篡改、伪造监测数据，按时报送自查报告。

            Attachments: 1. Self-inspection reports and filing of rules and plans, 2015
                         2. Projects and funding, 2015
                         3. Technical appendix: how the results were computed

            ××市环境保护局
            15 March 2016

            ----------------------------------------
            Copies to: 市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，市发展改革委，市经信委，市财政局，市住房城乡建设局.
            ××市环境保护局办公室    printed and issued 15 March 2016
            ----------------------------------------

            Attachment 1
            Self-inspection reports and filing of rules and plans, 2015
            ===========================================================

            code    unit    submission                  completeness                 implementation rules         annual plan
            ------  ------  --------------------------  ---------------------------  ---------------------------  ------------------------
            510703  涪城区  late 8 day(s) (2016-01-08)  complete                     published, filed 2014-11-20  not published, not filed
            510724  安县    on time (2015-12-30)        incomplete, lacks: projects  published, not filed         not published, not filed
            510727  平武县  missing                     —                            —                            —

            2015: 1 on time, 1 late, 1 missing, 1 incomplete. Reports are due by 31 December of the assessed year and must cover air quality, key tasks, projects and funding.

            Attachment 2
            Projects and funding, 2015
            ==========================

            (1) Projects by unit

            code    unit    projects  not started  under construction  completed  cancelled  planned (10k CNY)  completed (10k CNY)
            ------  ------  --------  -----------  ------------------  ---------  ---------  -----------------  -------------------
            510703  涪城区         2            0                   1          1          0            1180.00               845.50
            510724  安县           1            1                   0          0          0             200.00                 0.00
            510727  平武县         0            0                   0          0          0               0.00                 0.00
                    Total          3            1                   1          1          0            1380.00               845.50

            (2) Funding by source (10k CNY)

            source                  planned  received
            ----------------------  -------  --------
            central budget           400.00    380.50
            enterprises' own funds    50.00      0.00
            Total                    450.00    380.50

            Attachment 3
            Technical appendix: how the results were computed
            =================================================

            1. The assessment run
            ---------------------

            Year: 2015
            Kind: annual assessment
            Run: #7 (revision 2)
            Rule set: test-rules (sha256:abababababababababababababababababababababababababababababababab)
            Status: published as 绵府办函〔2016〕12号 on 2016-03-15

            2. Grades
            ---------

            grade      units  which
            ---------  -----  ------------
            excellent      1  涪城区
            good           0
            pass           0
            fail           2  安县, 平武县
            Total          3

            3. Ranking with the computed figures
            ------------------------------------

            Units that passed

            rank  code    unit    base  prev.  current  req. reduction  req. decline  actual decline  reached  quality  key tasks  result  grade      flags
            ----  ------  ------  ----  -----  -------  --------------  ------------  --------------  -------  -------  ---------  ------  ---------  ------------------------
               1  510703  涪城区   102     99       96            4.08          4.0%            5.9%  yes        100.0      96.5*   100.0  excellent  late report (2016-01-08)

            Units that failed (listed apart, never ranked beside the passing units)

            rank  code    unit    base  prev.  current  req. reduction  req. decline  actual decline  reached  quality  key tasks  result  grade  flags
            ----  ------  ------  ----  -----  -------  --------------  ------------  --------------  -------  -------  ---------  ------  -----  -----------------------------------
               2  510724  安县      95     94       93             3.5          3.7%            2.1%  no          57.1      94.0*    57.1  fail   incomplete report (lacks: projects)
               —  510727  平武县    58     57        —               0          0.0%               —  —              —       0.0*       —  fail   no report, no data

            Units that passed are ranked by result score, highest first; equal scores share a rank and are listed by code. Units that failed follow in their own block whatever their score, the numbering continuing; units not graded come last (R-18a). Concentrations in μg/m³; declines against the assessment base (R-6).

            Reached: the exact actual decline is at least the exact required decline (R-11). When not reached, quality score = 100 × (base − current) ÷ required reduction (R-10).

            * The key-task score is an evaluative indicator and does not count in the result (R-14).

            Each unit's grade is for the comprehensive evaluation of its leadership (R-23).

            4. Failing units and the rules applied
            --------------------------------------

            Units failing the annual assessment: the city summons the responsible persons, and environmental-impact approval of new projects adding air-pollutant emissions is suspended; livelihood and energy-saving projects are exempt (R-19, R-20).

            code    unit    grade  result  reasons                               summons                       approval freeze since
            ------  ------  -----  ------  ------------------------------------  ----------------------------  ---------------------
            510724  安县    fail     57.1  result below the passing band (R-15)  约谈相关责任人（2016-04-02）  2016-03-15
            510727  平武县  fail        —  no report, no data                    not recorded                  not recorded

            5. Discrepancies and falsification findings
            -------------------------------------------

            Self-reported vs monitored data (R-26)

            None.

            Findings of falsified monitoring data (R-17)

            None.

            6. Notes on the rules
            ---------------------

            Computed under rule set test-rules (sha256:abababababab); concentrations and scores are rounded per GB/T 8170 (R-11).

            These settings are defaults of this tool, not official rules, and can be changed in the rule set:

            - quality score formula (R-10)

            These document settings were not set and take this tool's defaults, not official rules (change them with kaohe settings set):

            - city: ××市
            - issuing authority: ××市环境保护局
            - document number pattern: 环发〔{年}〕{号}号
            - addressees: 各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门
            - copies to: 市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，市发展改革委，市经信委，市财政局，市住房城乡建设局
            - printed and issued by: ××市环境保护局办公室
            - signature: ××市环境保护局
            - work requirements: 各单位要对照考核发现的问题，认真研究制定整改措施，明确责任和时限，切实抓好整改落实。 未通过考核的单位要在约谈后30日内将整改方案报送市大气污染防治工作领导小组办公室。 各单位要加强监测数据质量管理，严禁篡改、伪造监测数据，按时报送自查报告。

            7. Explanations per unit
            ------------------------

            Explanation for 涪城区 (510703), 2015

            1. [R-7] Required concentration 98 μg/m³.
            2. [R-10, R-15] Requirement reached, score 100.0: excellent.

            Grade: excellent; flags: late report (2016-01-08)

            Explanation for 安县 (510724), 2015

            1. [R-10] Score 57.1: fail.
            2. [R-4] The self-inspection report lacks projects: it is incomplete and flagged; the scores are computed from the data reported and verified and do not change because of it.

            Grade: fail; flags: incomplete report (lacks: projects)

            Explanation for 平武县 (510727), 2015

            1. [R-18] No report, no data: fail.

            Grade: fail; flags: no report, no data

            """#

    static let json = #"""
            {
              "format": "kaohe-summary",
              "formatVersion": 1,
              "lang": "en",
              "title": "××市: notice of the results of the 2015 annual assessment of the Air Pollution Prevention Action Plan",
              "year": 2015,
              "kind": "annual",
              "run": {
                "id": 7,
                "revision": 2
              },
              "ruleSet": {
                "name": "test-rules",
                "sha256": "abababababababababababababababababababababababababababababababab",
                "defaultSettings": [
                  "quality_formula"
                ]
              },
              "status": "published",
              "publication": {
                "documentNumber": "绵府办函〔2016〕12号",
                "date": "2016-03-15"
              },
              "replaces": null,
              "distribution": {
                "to": "各县市区人民政府，科技城管委会，各园区管委会，科学城办事处，市级有关部门",
                "copies": "市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，市发展改革委，市经信委，市财政局，市住房城乡建设局"
              },
              "document": {
                "documentNumber": "绵府办函〔2016〕12号",
                "city": "××市",
                "issuer": "××市环境保护局",
                "printedBy": "××市环境保护局办公室",
                "signature": "××市环境保护局",
                "date": "15 March 2016",
                "defaults": [
                  "city",
                  "issuer",
                  "doc-pattern",
                  "to",
                  "cc",
                  "printed-by",
                  "signature",
                  "requirements"
                ]
              },
              "gradeCounts": [
                {
                  "grade": "excellent",
                  "label": "excellent",
                  "count": 1,
                  "units": [
                    "510703"
                  ]
                },
                {
                  "grade": "good",
                  "label": "good",
                  "count": 0,
                  "units": []
                },
                {
                  "grade": "pass",
                  "label": "pass",
                  "count": 0,
                  "units": []
                },
                {
                  "grade": "fail",
                  "label": "fail",
                  "count": 0,
                  "units": []
                }
              ],
              "units": [
                {
                  "rank": 1,
                  "block": "passed",
                  "code": "510703",
                  "name": "涪城区",
                  "type": "区",
                  "base": "102",
                  "previous": "99",
                  "previousIsBaseYear": null,
                  "current": "96",
                  "requiredConcentration": null,
                  "requiredReduction": "4.08",
                  "requiredDeclinePercent": "4.0",
                  "actualDeclinePercent": "5.9",
                  "targetReached": true,
                  "qualityScore": "100.0",
                  "keyTaskScore": "96.5",
                  "keyTaskRole": "evaluative",
                  "resultScore": "100.0",
                  "grade": "excellent",
                  "gradeLabel": "excellent",
                  "failed": false,
                  "flags": [
                    {
                      "code": "lateReport",
                      "zh": "逾期报送（2016-01-08）",
                      "en": "late report (2016-01-08)"
                    }
                  ],
                  "report": {
                    "submission": "late",
                    "submittedOn": "2016-01-08",
                    "daysLate": 8,
                    "correctedOn": null,
                    "missingParts": [],
                    "rulesPublished": true,
                    "rulesFiledOn": "2014-11-20",
                    "planPublished": false,
                    "planFiledOn": null
                  },
                  "projects": {
                    "total": 2,
                    "byStatus": {
                      "notStarted": 0,
                      "underConstruction": 1,
                      "completed": 1,
                      "cancelled": 0
                    },
                    "plannedInvestment": "1180.00",
                    "completedInvestment": "845.50"
                  },
                  "consequence": null,
                  "explanation": [
                    "[R-7] Required concentration 98 μg/m³.",
                    "[R-10, R-15] Requirement reached, score 100.0: excellent."
                  ]
                }
              ],
              "funding": [
                {
                  "source": "central",
                  "label": "central budget",
                  "planned": "300.00",
                  "actual": "300.00"
                }
              ],
              "discrepancies": [],
              "falsificationFindings": [],
              "trend": null,
              "subsequent": null
            }

            """#
}
