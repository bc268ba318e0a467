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
            # 2015年年度考核情况汇总

            大气污染防治行动计划实施情况考核（县、市、区和园区）

            - **考核年度**：2015年
            - **考核类别**：年度考核
            - **考核运行**：#7（第2版）
            - **规则集**：test-rules（sha256:abababababababababababababababababababababababababababababababab）
            - **发布情况**：已发布：绵府办函〔2016〕12号，2016-03-15
            - **报送**：市政府
            - **抄送**：市环保局、市发改委、市经信委、市财政局、市住建局

            ## 一、考核等级统计

            | 等级 | 单位数 | 单位 |
            | --- | ---: | --- |
            | 优秀 | 1 | 涪城区 |
            | 良好 | 0 |  |
            | 合格 | 0 |  |
            | 不合格 | 2 | 安县、平武县 |
            | 合计 | 3 |  |

            ## 二、考核结果排名

            ### 通过考核的单位

            | 名次 | 区域代码 | 区域名称 | 基数 | 上年 | 本年 | 要求消减 | 要求下降 | 实际下降 | 达到要求 | 质量得分 | 重点任务 | 考核得分 | 等级 | 标记 |
            | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |
            | 1 | 510703 | 涪城区 | 102 | 99 | 96 | 4.08 | 4.0% | 5.9% | 是 | 100.0 | 96.5\* | 100.0 | 优秀 | 逾期报送（2016-01-08） |

            ### 未通过考核的单位（单列，不与通过考核的单位并列排名）

            | 名次 | 区域代码 | 区域名称 | 基数 | 上年 | 本年 | 要求消减 | 要求下降 | 实际下降 | 达到要求 | 质量得分 | 重点任务 | 考核得分 | 等级 | 标记 |
            | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |
            | 2 | 510724 | 安县 | 95 | 94 | 93 | 3.5 | 3.7% | 2.1% | 否 | 57.1 | 94.0\* | 57.1 | 不合格 |  |
            | — | 510727 | 平武县 | 58 | 57 | — | 0 | 0.0% | — | — | — | 0.0\* | — | 不合格 | 未报送、无数据 |

            通过考核的单位按考核得分从高到低排列，得分相同的名次并列、按区域代码排列；未通过考核的单位不论得分单列其后，名次接续；未评定等级的单位列在最后（R-18a）。浓度单位 μg/m³；下降率相对考核基数（R-6）。

            达到要求：精确的实际下降率不低于精确的要求下降率（R-11）。未达到时质量得分 = 100 × (基数 − 本年) ÷ 要求消减（R-10）。

            \* 重点任务得分为评估性指标，不计入考核得分（R-14）。

            各单位考核等级供领导班子和领导干部综合考核评价使用（R-23）。

            ## 三、未通过考核的单位及处理

            未通过年度考核的单位：约谈相关责任人，暂停新增大气污染物排放建设项目的环评审批；民生项目与节能减排项目除外（R-19、R-20）。

            | 区域代码 | 区域名称 | 等级 | 考核得分 | 原因 | 约谈 | 暂停环评审批起始日 |
            | --- | --- | --- | ---: | --- | --- | --- |
            | 510724 | 安县 | 不合格 | 57.1 | 考核得分低于合格分数段（R-15） | 约谈相关责任人（2016-04-02） | 2016-03-15 |
            | 510727 | 平武县 | 不合格 | — | 未报送、无数据 | 未记录 | 未记录 |

            ## 四、自查报告报送及实施细则、年度计划备案情况

            | 区域代码 | 区域名称 | 报送情况 | 完整性 | 实施细则 | 年度实施计划 |
            | --- | --- | --- | --- | --- | --- |
            | 510703 | 涪城区 | 逾期 8 天（2016-01-08） | 完整 | 已公开，已备案 2014-11-20 | 未公开，未备案 |
            | 510724 | 安县 | 按时（2015-12-30） | 不完整，缺：治理项目进展 | 已公开，未备案 | 未公开，未备案 |
            | 510727 | 平武县 | 未报送 | — | — | — |

            2015 年：按时 1，逾期 1，未报送 1，不完整 1。报告应于考核年度 12 月 31 日前报送市政府（R-3），并涵盖四项内容（R-4）。

            ## 五、治理项目进展与资金投入

            | 区域代码 | 区域名称 | 项目数 | 未开工 | 在建 | 已完成 | 已取消 | 计划投资（万元） | 完成投资（万元） |
            | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | 510703 | 涪城区 | 2 | 0 | 1 | 1 | 0 | 1180.00 | 845.50 |
            | 510724 | 安县 | 1 | 1 | 0 | 0 | 0 | 200.00 | 0.00 |
            | 510727 | 平武县 | 0 | 0 | 0 | 0 | 0 | 0.00 | 0.00 |
            |  | 合计 | 3 | 1 | 1 | 1 | 0 | 1380.00 | 845.50 |

            ### 资金投入（按来源，万元）

            | 资金来源 | 计划 | 实际到位 |
            | --- | ---: | ---: |
            | 中央财政 | 400.00 | 380.50 |
            | 企业自筹 | 50.00 | 0.00 |
            | 合计 | 450.00 | 380.50 |

            ## 六、数据差异与数据造假认定

            ### 自报数据与监测数据不一致（R-26）

            无。

            ### 篡改、伪造监测数据的认定（R-17）

            无。

            ## 七、规则说明

            本汇总按规则集 test-rules（sha256:abababababab）计算，浓度、得分按 GB/T 8170 修约（R-11）。

            以下设置为本工具默认规则，非官方规定，可在规则集中修改：

            - 空气质量得分公式（R-10）

            ## 八、各单位考核说明

            ### 涪城区（510703）2015年考核说明

            1. \[R-7\] 要求浓度 98 μg/m³。
            2. \[R-10, R-15\] 达到要求，得分 100.0：优秀。

            等级：优秀；标记：逾期报送（2016-01-08）

            ### 安县（510724）2015年考核说明

            1. \[R-10\] 得分 57.1：不合格。

            等级：不合格

            ### 平武县（510727）2015年考核说明

            1. \[R-18\] 未报送、无数据：不合格。

            等级：不合格；标记：未报送、无数据

            """#

    static let markdownEn = #"""
            # 2015 annual assessment summary

            Air Pollution Prevention Action Plan: assessment of the counties, districts and parks

            - **Year**: 2015
            - **Kind**: annual assessment
            - **Run**: #7 (revision 2)
            - **Rule set**: test-rules (sha256:abababababababababababababababababababababababababababababababab)
            - **Status**: published as 绵府办函〔2016〕12号 on 2016-03-15
            - **To**: the city government
            - **Copies**: the city Environmental Protection Bureau, Development and Reform Commission, Economy and Information Technology Commission, Finance Bureau, and Housing and Urban-Rural Development Bureau

            ## 1. Grades

            | grade | units | which |
            | --- | ---: | --- |
            | excellent | 1 | 涪城区 |
            | good | 0 |  |
            | pass | 0 |  |
            | fail | 2 | 安县, 平武县 |
            | Total | 3 |  |

            ## 2. Ranking

            ### Units that passed

            | rank | code | unit | base | prev. | current | req. reduction | req. decline | actual decline | reached | quality | key tasks | result | grade | flags |
            | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |
            | 1 | 510703 | 涪城区 | 102 | 99 | 96 | 4.08 | 4.0% | 5.9% | yes | 100.0 | 96.5\* | 100.0 | excellent | late report (2016-01-08) |

            ### Units that failed (listed apart, never ranked beside the passing units)

            | rank | code | unit | base | prev. | current | req. reduction | req. decline | actual decline | reached | quality | key tasks | result | grade | flags |
            | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- |
            | 2 | 510724 | 安县 | 95 | 94 | 93 | 3.5 | 3.7% | 2.1% | no | 57.1 | 94.0\* | 57.1 | fail |  |
            | — | 510727 | 平武县 | 58 | 57 | — | 0 | 0.0% | — | — | — | 0.0\* | — | fail | no report, no data |

            Units that passed are ranked by result score, highest first; equal scores share a rank and are listed by code. Units that failed follow in their own block whatever their score, the numbering continuing; units not graded come last (R-18a). Concentrations in μg/m³; declines against the assessment base (R-6).

            Reached: the exact actual decline is at least the exact required decline (R-11). When not reached, quality score = 100 × (base − current) ÷ required reduction (R-10).

            \* The key-task score is an evaluative indicator and does not count in the result (R-14).

            Each unit's grade is for the comprehensive evaluation of its leadership (R-23).

            ## 3. Failing units and consequences

            Units failing the annual assessment: the city summons the responsible persons, and environmental-impact approval of new projects adding air-pollutant emissions is suspended; livelihood and energy-saving projects are exempt (R-19, R-20).

            | code | unit | grade | result | reasons | summons | approval freeze since |
            | --- | --- | --- | ---: | --- | --- | --- |
            | 510724 | 安县 | fail | 57.1 | result below the passing band (R-15) | 约谈相关责任人（2016-04-02） | 2016-03-15 |
            | 510727 | 平武县 | fail | — | no report, no data | not recorded | not recorded |

            ## 4. Self-inspection reports and filing of rules and plans

            | code | unit | submission | completeness | implementation rules | annual plan |
            | --- | --- | --- | --- | --- | --- |
            | 510703 | 涪城区 | late 8 day(s) (2016-01-08) | complete | published, filed 2014-11-20 | not published, not filed |
            | 510724 | 安县 | on time (2015-12-30) | incomplete, lacks: projects | published, not filed | not published, not filed |
            | 510727 | 平武县 | missing | — | — | — |

            2015: 1 on time, 1 late, 1 missing, 1 incomplete. Reports are due by 31 December of the assessed year (R-3) and must cover four parts (R-4).

            ## 5. Projects and funding

            | code | unit | projects | not started | under construction | completed | cancelled | planned (10k CNY) | completed (10k CNY) |
            | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | 510703 | 涪城区 | 2 | 0 | 1 | 1 | 0 | 1180.00 | 845.50 |
            | 510724 | 安县 | 1 | 1 | 0 | 0 | 0 | 200.00 | 0.00 |
            | 510727 | 平武县 | 0 | 0 | 0 | 0 | 0 | 0.00 | 0.00 |
            |  | Total | 3 | 1 | 1 | 1 | 0 | 1380.00 | 845.50 |

            ### Funding by source (10k CNY)

            | source | planned | received |
            | --- | ---: | ---: |
            | central budget | 400.00 | 380.50 |
            | enterprises' own funds | 50.00 | 0.00 |
            | Total | 450.00 | 380.50 |

            ## 6. Discrepancies and falsification findings

            ### Self-reported vs monitored data (R-26)

            None.

            ### Findings of falsified monitoring data (R-17)

            None.

            ## 7. Notes on the rules

            Computed under rule set test-rules (sha256:abababababab); concentrations and scores are rounded per GB/T 8170 (R-11).

            These settings are defaults of this tool, not official rules, and can be changed in the rule set:

            - quality score formula (R-10)

            ## 8. Explanations per unit

            ### Explanation for 涪城区 (510703), 2015

            1. \[R-7\] Required concentration 98 μg/m³.
            2. \[R-10, R-15\] Requirement reached, score 100.0: excellent.

            Grade: excellent; flags: late report (2016-01-08)

            ### Explanation for 安县 (510724), 2015

            1. \[R-10\] Score 57.1: fail.

            Grade: fail

            ### Explanation for 平武县 (510727), 2015

            1. \[R-18\] No report, no data: fail.

            Grade: fail; flags: no report, no data

            """#

    static let textZh = #"""
            2015年年度考核情况汇总
            ======================

            大气污染防治行动计划实施情况考核（县、市、区和园区）

            考核年度：2015年
            考核类别：年度考核
            考核运行：#7（第2版）
            规则集：test-rules（sha256:abababababababababababababababababababababababababababababababab）
            发布情况：已发布：绵府办函〔2016〕12号，2016-03-15
            报送：市政府
            抄送：市环保局、市发改委、市经信委、市财政局、市住建局

            一、考核等级统计
            ----------------

            等级    单位数  单位
            ------  ------  ------------
            优秀         1  涪城区
            良好         0
            合格         0
            不合格       2  安县、平武县
            合计         3

            二、考核结果排名
            ----------------

            通过考核的单位
            ~~~~~~~~~~~~~~

            名次  区域代码  区域名称  基数  上年  本年  要求消减  要求下降  实际下降  达到要求  质量得分  重点任务  考核得分  等级  标记
            ----  --------  --------  ----  ----  ----  --------  --------  --------  --------  --------  --------  --------  ----  ----------------------
               1  510703    涪城区     102    99    96      4.08      4.0%      5.9%  是           100.0     96.5*     100.0  优秀  逾期报送（2016-01-08）

            未通过考核的单位（单列，不与通过考核的单位并列排名）
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            名次  区域代码  区域名称  基数  上年  本年  要求消减  要求下降  实际下降  达到要求  质量得分  重点任务  考核得分  等级    标记
            ----  --------  --------  ----  ----  ----  --------  --------  --------  --------  --------  --------  --------  ------  --------------
               2  510724    安县        95    94    93       3.5      3.7%      2.1%  否            57.1     94.0*      57.1  不合格
               —  510727    平武县      58    57     —         0      0.0%         —  —                —      0.0*         —  不合格  未报送、无数据

            通过考核的单位按考核得分从高到低排列，得分相同的名次并列、按区域代码排列；未通过考核的单位不论得分单列其后，名次接续；未评定等级的单位列在最后（R-18a）。浓度单位 μg/m³；下降率相对考核基数（R-6）。

            达到要求：精确的实际下降率不低于精确的要求下降率（R-11）。未达到时质量得分 = 100 × (基数 − 本年) ÷ 要求消减（R-10）。

            * 重点任务得分为评估性指标，不计入考核得分（R-14）。

            各单位考核等级供领导班子和领导干部综合考核评价使用（R-23）。

            三、未通过考核的单位及处理
            --------------------------

            未通过年度考核的单位：约谈相关责任人，暂停新增大气污染物排放建设项目的环评审批；民生项目与节能减排项目除外（R-19、R-20）。

            区域代码  区域名称  等级    考核得分  原因                            约谈                          暂停环评审批起始日
            --------  --------  ------  --------  ------------------------------  ----------------------------  ------------------
            510724    安县      不合格      57.1  考核得分低于合格分数段（R-15）  约谈相关责任人（2016-04-02）  2016-03-15
            510727    平武县    不合格         —  未报送、无数据                  未记录                        未记录

            四、自查报告报送及实施细则、年度计划备案情况
            --------------------------------------------

            区域代码  区域名称  报送情况                 完整性                    实施细则                   年度实施计划
            --------  --------  -----------------------  ------------------------  -------------------------  --------------
            510703    涪城区    逾期 8 天（2016-01-08）  完整                      已公开，已备案 2014-11-20  未公开，未备案
            510724    安县      按时（2015-12-30）       不完整，缺：治理项目进展  已公开，未备案             未公开，未备案
            510727    平武县    未报送                   —                         —                          —

            2015 年：按时 1，逾期 1，未报送 1，不完整 1。报告应于考核年度 12 月 31 日前报送市政府（R-3），并涵盖四项内容（R-4）。

            五、治理项目进展与资金投入
            --------------------------

            区域代码  区域名称  项目数  未开工  在建  已完成  已取消  计划投资（万元）  完成投资（万元）
            --------  --------  ------  ------  ----  ------  ------  ----------------  ----------------
            510703    涪城区         2       0     1       1       0           1180.00            845.50
            510724    安县           1       1     0       0       0            200.00              0.00
            510727    平武县         0       0     0       0       0              0.00              0.00
                      合计           3       1     1       1       0           1380.00            845.50

            资金投入（按来源，万元）
            ~~~~~~~~~~~~~~~~~~~~~~~~

            资金来源    计划  实际到位
            --------  ------  --------
            中央财政  400.00    380.50
            企业自筹   50.00      0.00
            合计      450.00    380.50

            六、数据差异与数据造假认定
            --------------------------

            自报数据与监测数据不一致（R-26）
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            无。

            篡改、伪造监测数据的认定（R-17）
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            无。

            七、规则说明
            ------------

            本汇总按规则集 test-rules（sha256:abababababab）计算，浓度、得分按 GB/T 8170 修约（R-11）。

            以下设置为本工具默认规则，非官方规定，可在规则集中修改：

            - 空气质量得分公式（R-10）

            八、各单位考核说明
            ------------------

            涪城区（510703）2015年考核说明
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            1. [R-7] 要求浓度 98 μg/m³。
            2. [R-10, R-15] 达到要求，得分 100.0：优秀。

            等级：优秀；标记：逾期报送（2016-01-08）

            安县（510724）2015年考核说明
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            1. [R-10] 得分 57.1：不合格。

            等级：不合格

            平武县（510727）2015年考核说明
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            1. [R-18] 未报送、无数据：不合格。

            等级：不合格；标记：未报送、无数据

            """#

    static let textEn = #"""
            2015 annual assessment summary
            ==============================

            Air Pollution Prevention Action Plan: assessment of the counties, districts and parks

            Year: 2015
            Kind: annual assessment
            Run: #7 (revision 2)
            Rule set: test-rules (sha256:abababababababababababababababababababababababababababababababab)
            Status: published as 绵府办函〔2016〕12号 on 2016-03-15
            To: the city government
            Copies: the city Environmental Protection Bureau, Development and Reform Commission, Economy and Information Technology Commission, Finance Bureau, and Housing and Urban-Rural Development Bureau

            1. Grades
            ---------

            grade      units  which
            ---------  -----  ------------
            excellent      1  涪城区
            good           0
            pass           0
            fail           2  安县, 平武县
            Total          3

            2. Ranking
            ----------

            Units that passed
            ~~~~~~~~~~~~~~~~~

            rank  code    unit    base  prev.  current  req. reduction  req. decline  actual decline  reached  quality  key tasks  result  grade      flags
            ----  ------  ------  ----  -----  -------  --------------  ------------  --------------  -------  -------  ---------  ------  ---------  ------------------------
               1  510703  涪城区   102     99       96            4.08          4.0%            5.9%  yes        100.0      96.5*   100.0  excellent  late report (2016-01-08)

            Units that failed (listed apart, never ranked beside the passing units)
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            rank  code    unit    base  prev.  current  req. reduction  req. decline  actual decline  reached  quality  key tasks  result  grade  flags
            ----  ------  ------  ----  -----  -------  --------------  ------------  --------------  -------  -------  ---------  ------  -----  ------------------
               2  510724  安县      95     94       93             3.5          3.7%            2.1%  no          57.1      94.0*    57.1  fail
               —  510727  平武县    58     57        —               0          0.0%               —  —              —       0.0*       —  fail   no report, no data

            Units that passed are ranked by result score, highest first; equal scores share a rank and are listed by code. Units that failed follow in their own block whatever their score, the numbering continuing; units not graded come last (R-18a). Concentrations in μg/m³; declines against the assessment base (R-6).

            Reached: the exact actual decline is at least the exact required decline (R-11). When not reached, quality score = 100 × (base − current) ÷ required reduction (R-10).

            * The key-task score is an evaluative indicator and does not count in the result (R-14).

            Each unit's grade is for the comprehensive evaluation of its leadership (R-23).

            3. Failing units and consequences
            ---------------------------------

            Units failing the annual assessment: the city summons the responsible persons, and environmental-impact approval of new projects adding air-pollutant emissions is suspended; livelihood and energy-saving projects are exempt (R-19, R-20).

            code    unit    grade  result  reasons                               summons                       approval freeze since
            ------  ------  -----  ------  ------------------------------------  ----------------------------  ---------------------
            510724  安县    fail     57.1  result below the passing band (R-15)  约谈相关责任人（2016-04-02）  2016-03-15
            510727  平武县  fail        —  no report, no data                    not recorded                  not recorded

            4. Self-inspection reports and filing of rules and plans
            --------------------------------------------------------

            code    unit    submission                  completeness                 implementation rules         annual plan
            ------  ------  --------------------------  ---------------------------  ---------------------------  ------------------------
            510703  涪城区  late 8 day(s) (2016-01-08)  complete                     published, filed 2014-11-20  not published, not filed
            510724  安县    on time (2015-12-30)        incomplete, lacks: projects  published, not filed         not published, not filed
            510727  平武县  missing                     —                            —                            —

            2015: 1 on time, 1 late, 1 missing, 1 incomplete. Reports are due by 31 December of the assessed year (R-3) and must cover four parts (R-4).

            5. Projects and funding
            -----------------------

            code    unit    projects  not started  under construction  completed  cancelled  planned (10k CNY)  completed (10k CNY)
            ------  ------  --------  -----------  ------------------  ---------  ---------  -----------------  -------------------
            510703  涪城区         2            0                   1          1          0            1180.00               845.50
            510724  安县           1            1                   0          0          0             200.00                 0.00
            510727  平武县         0            0                   0          0          0               0.00                 0.00
                    Total          3            1                   1          1          0            1380.00               845.50

            Funding by source (10k CNY)
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~

            source                  planned  received
            ----------------------  -------  --------
            central budget           400.00    380.50
            enterprises' own funds    50.00      0.00
            Total                    450.00    380.50

            6. Discrepancies and falsification findings
            -------------------------------------------

            Self-reported vs monitored data (R-26)
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            None.

            Findings of falsified monitoring data (R-17)
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            None.

            7. Notes on the rules
            ---------------------

            Computed under rule set test-rules (sha256:abababababab); concentrations and scores are rounded per GB/T 8170 (R-11).

            These settings are defaults of this tool, not official rules, and can be changed in the rule set:

            - quality score formula (R-10)

            8. Explanations per unit
            ------------------------

            Explanation for 涪城区 (510703), 2015
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            1. [R-7] Required concentration 98 μg/m³.
            2. [R-10, R-15] Requirement reached, score 100.0: excellent.

            Grade: excellent; flags: late report (2016-01-08)

            Explanation for 安县 (510724), 2015
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            1. [R-10] Score 57.1: fail.

            Grade: fail

            Explanation for 平武县 (510727), 2015
            ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

            1. [R-18] No report, no data: fail.

            Grade: fail; flags: no report, no data

            """#

    static let json = #"""
            {
              "format": "kaohe-summary",
              "formatVersion": 1,
              "lang": "en",
              "title": "2015 annual assessment summary",
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
                "to": "the city government",
                "copies": "the city Environmental Protection Bureau, Development and Reform Commission, Economy and Information Technology Commission, Finance Bureau, and Housing and Urban-Rural Development Bureau"
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
              "subsequent": null
            }

            """#
}
