/// The monitoring file's column headers the store's conflicts name (as in `KaoheCSV`'s monitoring reader).
enum MonitoringHeaders {
    static let stationCode = "站点编码"
    static let areaCode = "区域代码"
}
