/// The words of the synthetic input files `kaohe monitoring bench-generate` writes: an areas file's header and
/// cells, and the dust column's yes/no, as the importers read them (docs/input-files.md).
enum BenchInput {
    /// The areas file's header line.
    static let areasHeader = "区域代码,区域名称,区域类型\n"
    /// One generated unit's name, from the last digits of its code.
    static func unitName(_ suffix: Substring) -> String { "基准单位\(suffix)" }
    /// The area type of every generated unit (a district).
    static let district = "区"
    /// The dust column's cell, with its separator before and line end after.
    static func dustCell(_ dust: Bool) -> String { dust ? ",是\n" : ",否\n" }
}

