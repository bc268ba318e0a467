/// The stable English keys of the list tables' columns, one per column in the order of the headers in
/// `ListText` and `TrackingText` (D-139): the members of `--format json`, the same in every language.
public enum ListKeys {
    /// `freeze list`; `lifts` follow with `--history`.
    public static let freezes = ["unit", "since", "run", "document", "daysInForce", "liftingCondition"]
    public static let lifts = ["liftedOn", "liftDocument", "liftReason"]
    /// `summons list`.
    public static let summonses = [
        "id", "unit", "year", "kind", "whom", "document", "status", "heldOn", "rectificationDue", "closedOrWithdrawn", "notes", "amendments",
    ]
    /// `reports status`.
    public static let reportStatus = ["code", "name", "submission", "completeness", "implementationRules", "annualPlan"]
    /// `assess show`.
    public static let results = [
        "code", "name", "base", "previous", "current", "requiredConcentration", "requiredReduction", "requiredDecline", "actualDecline",
        "reached", "qualityScore", "keyTaskScore", "result", "grade", "flags",
    ]
    /// `stations list`.
    public static let stations = ["station", "name", "city", "longitude", "latitude", "background", "unit", "mappedPeriod"]
    /// `stations history`: the station lists, then the mappings.
    public static let stationLists = ["effective", "versionOfDay", "stations", "file", "recordedAt"]
    public static let stationMappings = ["version", "rows", "file", "recordedAt", "state"]
    /// The monthly notice's rows (`track notice --format xlsx`), and the composite columns (D-125, D-137).
    public static let notice = [
        "code", "name", "monthMean", "monthLastYear", "monthChangePercent", "monthRank", "monthChangeRank", "ytdMean", "ytdLastYear",
        "ytdChangePercent", "ytdRank", "ytdChangeRank", "requiredConcentration", "controlValue", "daysElapsed", "daysLeft", "status",
        "stations", "incompleteStations", "year", "month", "pollutant",
    ]
    public static let noticeComposite = ["compositeRank", "compositeIndex", "compositeIndexLastYear", "compositeChangePercent"]
}
