import KaoheCore

/// The words of the monthly notice (月度通报, R-30): title, opening, the fields, the ranking sections, the
/// warnings, the incomplete data, the charts and the attachment of notes with their rule ids.
///
/// `month` is the English month's name where the English text names it (`TrackingFormat.monthName`).
enum MonthlyNoticeText {
    /// The title: the city, the month and the pollutants ("PM10、PM2.5").
    static func title(city: String, year: Int, month: Int, monthName: String, pollutants: String) -> Bilingual {
        Bilingual("\(city)\(year)年\(month)月环境空气质量（\(pollutants)）月度通报", "\(city): monthly air quality notice (\(pollutants)), \(monthName) \(year)")
    }

    static func subtitle(through end: Day) -> Bilingual {
        Bilingual("各县（市、区）和园区年内进度与排名（截至 \(end)）", "In-year position and rankings of the counties, districts and parks (through \(end))")
    }

    static let appendixTitle = Bilingual("月度通报计算说明", "Notes on the calculation")
    static func attachmentNote(_ title: String) -> Bilingual { Bilingual("附件：\(title)", "Attachment: \(title)") }
    static let attachmentLabel = Bilingual("附件", "Attachment")

    static let listSeparator = Bilingual("、", ", ")
    static let comma = Bilingual("，", ", ")

    /// A unit with its code, "涪城区（510703）".
    static func unit(_ name: String, code: String) -> Bilingual { Bilingual("\(name)（\(code)）", "\(name) (\(code))") }

    static func pollutantUnits(_ pollutant: String, count: Int) -> Bilingual { Bilingual("\(pollutant) \(count) 个单位", "\(pollutant) \(count) units") }
    static let rankedSeparately = Bilingual("（分别排名）", " (ranked separately)")
    static func group(_ pollutant: String) -> Bilingual { Bilingual("\(pollutant) 考核单位", "Units assessed on \(pollutant)") }

    static func opening(year: Int, month: Int, monthName: String) -> Bilingual {
        Bilingual(
            "现将\(year)年\(month)月各县（市、区）和园区环境空气质量情况及年度目标完成进度通报如下。",
            "The air quality of the counties, districts and parks in \(monthName) \(year), and their progress towards the year's targets, are notified as follows.")
    }

    // The fields.

    static let monthLabel = Bilingual("通报月份", "month")
    static func month(year: Int, month: Int, monthName: String) -> Bilingual { Bilingual("\(year)年\(month)月", "\(monthName) \(year)") }
    static let dataThroughLabel = Bilingual("数据截至", "data through")
    static let pollutantLabel = Bilingual("考核污染物", "pollutant")
    static let trackedLabel = Bilingual("有监测数据的单位", "units with monitoring data")
    static func tracked(_ tracked: Int, of total: Int) -> Bilingual { Bilingual("\(tracked) / \(total)", "\(tracked) of \(total)") }
    static let statusLabel = Bilingual("进度", "status")
    static func statusCount(_ status: Bilingual, count: Int) -> Bilingual { Bilingual("\(status.zh) \(count)", "\(status.en) \(count)") }

    // The rankings: column headers and captions.

    static let rank = Bilingual("名次", "rank")
    static let code = Bilingual("区域代码", "code")
    static let unitName = Bilingual("区域名称", "unit")
    static let monthlyMean = Bilingual("月均浓度", "monthly mean")
    static let lastYear = Bilingual("同期", "last year")
    static let change = Bilingual("同比", "change")
    static let compositeIndex = Bilingual("综合指数", "composite index")
    static let ytdMean = Bilingual("年累计浓度", "YTD mean")
    static let requiredT = Bilingual("要求浓度T", "required T")
    static let controlV = Bilingual("剩余日控制值", "control V")
    static let status = Bilingual("状态", "status")
    static let daysLeft = Bilingual("剩余天数", "days left")

    static func monthHeading(month: Int, monthName: String) -> Bilingual { Bilingual("一、\(month)月排名", "1. Rankings for \(monthName)") }
    static let byMonthlyMean = Bilingual("按月均浓度（由低到高）：", "By monthly mean (lowest first):")
    static let byMonthChange = Bilingual("按同比变化（改善最多在前）：", "By change against the same month last year (most improved first):")
    static let noLastYear = Bilingual("无上年同期数据，不排名。", "No data for the same period last year: no ranking.")
    static let byComposite = Bilingual("按环境空气质量综合指数（六项污染物，由低到高）：", "By the composite air quality index (six pollutants, lowest first):")

    static func ytdHeading(month: Int, monthName: String) -> Bilingual {
        Bilingual("二、1—\(month)月累计排名", "2. Year-to-date rankings (January–\(monthName))")
    }

    static let byYTDMean = Bilingual("按年累计浓度（由低到高）：", "By YTD mean (lowest first):")
    static let byYTDChange = Bilingual("按同比变化（改善最多在前）：", "By change against the same period last year (most improved first):")

    // Best and worst.

    static func monthEnds(_ prefix: String, best: String, worst: String) -> Bilingual {
        Bilingual("\(prefix)本月浓度最低：\(best)；最高：\(worst)", "\(prefix)Lowest monthly mean: \(best); highest: \(worst)")
    }

    static func ytdEnds(_ prefix: String, best: String, worst: String) -> Bilingual {
        Bilingual("\(prefix)年累计浓度最低：\(best)；最高：\(worst)", "\(prefix)Lowest YTD mean: \(best); highest: \(worst)")
    }

    static func monthChangeEnds(_ prefix: String, best: String, worst: String) -> Bilingual {
        Bilingual("\(prefix)本月同比改善最多：\(best)；恶化最多：\(worst)", "\(prefix)Most improved this month: \(best); most worsened: \(worst)")
    }

    static func ytdChangeEnds(_ prefix: String, best: String, worst: String) -> Bilingual {
        Bilingual("\(prefix)年累计同比改善最多：\(best)；恶化最多：\(worst)", "\(prefix)Most improved year to date: \(best); most worsened: \(worst)")
    }

    static let nothingToRank = Bilingual("本月无监测数据，无法排名。", "No monitoring data this month: nothing to rank.")
    static let endsHeading = Bilingual("三、最好与最差", "3. Best and worst")

    // Warnings (R-28, R-29).

    static let warningsHeading = Bilingual("四、预警及以上单位", "4. Units in warning or worse")

    static func warningsIntro(daysRemaining: Int) -> Bilingual {
        Bilingual(
            "以下单位余下 \(daysRemaining) 天的日均浓度须不高于剩余日控制值，全年方可达到要求浓度；控制值 ≤ 0 表示已无法达到：",
            "For the year to reach T, the remaining \(daysRemaining) days must average no more than the control value; a control value ≤ 0 means it can no longer be reached:")
    }

    // Incomplete data (R-24).

    static func incompleteStation(_ unit: String, station: String, validDays: Int, required: Int) -> Bilingual {
        Bilingual("\(unit) 站点 \(station)：本月有效天数 \(validDays)，不足 \(required) 天", "\(unit) station \(station): \(validDays) valid days this month, fewer than \(required)")
    }

    static func noData(_ unit: String) -> Bilingual { Bilingual("\(unit)：本月无监测数据", "\(unit): no monitoring data this month") }

    /// The last section's heading, numbered 五 without charts and 六 after them.
    static func incompleteHeading(_ number: Int) -> Bilingual {
        Bilingual("\(number == 5 ? "五" : "六")、本月数据不完整的单位", "\(number). Units whose data is incomplete for the month")
    }

    // Charts.

    static let chartsHeading = Bilingual("五、图示", "5. Charts")

    /// The bar chart's title; `which` is "PM2.5 " when pollutants are mixed, else empty.
    static func ytdChart(_ which: String) -> Bilingual {
        Bilingual("\(which)年累计浓度与要求浓度 T（μg/m³）", "\(which)YTD mean against the required concentration T (μg/m³)")
    }

    static let requiredTSeries = Bilingual("要求浓度 T", "required T")
    /// A panel's label when pollutants are mixed, in both languages: "涪城区（PM10）".
    static func panel(_ name: String, pollutant: String) -> String { "\(name)（\(pollutant)）" }
    static let monthlyChart = Bilingual("各单位月均浓度（μg/m³，虚线为要求浓度 T）", "Monthly means per unit (μg/m³; dashed line: required T)")

    // The attachment's notes.

    static let controlNote = Bilingual(
        "剩余日控制值 V = (N·T − n·C̄) ÷ (N − n)（R-28）：N 为全年天数，n 为已过天数，C̄ 为修约后的年累计浓度，T 为本年精确要求浓度（R-8 至 R-11）。",
        "Control value V = (N·T − n·C̄) ÷ (N − n) (R-28): N days in the year, n days elapsed, C̄ the rounded YTD mean, T the year's exact required concentration (R-8 to R-11).")
    static let meansNote = Bilingual(
        "年累计与月均浓度为各站点有效日均值均值的算术平均（R-27）；同比 = (C̄ − 同期) ÷ 同期，负值为改善（R-30）。",
        "YTD and monthly means average each station's mean of its valid daily values (R-27); change = (C̄ − last year) ÷ last year, negative is improvement (R-30).")
    static let rankingNote = Bilingual(
        "排名（R-30）：浓度由低到高、同比由改善最多到恶化最多；数值相同者名次相同（1、1、3），最好与最差列出并列的全部单位；无数据的单位不排名。",
        "Rankings (R-30): concentration lowest first, change most improved first; equal values share the better rank (1, 1, 3), and best and worst name every unit sharing the rank; a unit without data is not ranked.")
    static let pollutantNote = Bilingual(
        "各单位按其目标所定的考核污染物（PM10 或 PM2.5）统计，不同污染物的单位分别排名，不相互比较（R-5）。",
        "Each unit is tracked on the pollutant of its own targets (PM10 or PM2.5); units of different pollutants are ranked apart, never against each other (R-5).")

    /// The minimum valid days of a month (R-24): `days` in most months, `february` in February.
    static func validityNote(days: Int, february: Int) -> Bilingual {
        Bilingual(
            "站点月有效天数不足 \(days) 天（2 月 \(february) 天）者列为本月数据不完整（R-24）。",
            "A station with fewer than \(days) valid days in the month (February \(february)) is listed as incomplete (R-24).")
    }
}
