/// The Chinese words of the fuzz checks' fixed context: names of key tasks and indicators, a department task
/// list and the sheet name of the wrapped workbook (issue 13 item 1).
///
/// They are data the readers are checked against, not messages; they live here so the lint finds no Chinese
/// text outside a catalogue.
enum FuzzFixtureWords {
    static let coalBoilers = "燃煤锅炉整治"
    static let yellowLabelVehicles = "黄标车淘汰"
    static let industrialAir = "工业大气污染治理"
    static let industrialStructure = "产业结构调整优化"
    static let organisation = "组织实施"
    static let coordination = "统筹"
    static let monitoring = "监测"
    static let articleFive = "第五条"
    static let articleFour = "第四条"
    /// The areas sheet's name (区域), under which a wrapped sheet is read as an areas file.
    static let areasSheet = "区域"
}
