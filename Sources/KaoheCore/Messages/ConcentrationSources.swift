import Foundation

/// Where a scored concentration came from, as the explanation names it.
public enum ConcentrationSources {
    /// The valid monitored annual mean of `year`.
    public static func monitoring(year: Int) -> Bilingual {
        Bilingual("\(year)年监测数据（有效年均值）", "monitoring data \(year) (valid annual mean)")
    }

    /// A corrected self-inspection report: first received `submitted`, corrected `corrected`.
    public static func correctedReport(year: Int, submitted: Day, corrected: Day) -> Bilingual {
        Bilingual(
            "\(year)年更正自查报告（首次报送 \(submitted)，更正日期 \(corrected)）",
            "corrected self-inspection report \(year), first received \(submitted), corrected \(corrected)")
    }

    /// A self-inspection report received `submitted`.
    public static func report(year: Int, submitted: Day) -> Bilingual {
        Bilingual("\(year)年自查报告（\(submitted) 报送）", "self-inspection report \(year), received \(submitted)")
    }
}

extension SourcedConcentration {
    /// A concentration with its source worded in both languages.
    public init(_ value: Decimal, source: Bilingual) {
        self.init(value, source: source.zh, sourceEn: source.en)
    }
}
