import Foundation
import KaoheCore

/// The tables of `kaohe stations list` and `kaohe stations history` (D-121).
public enum StationTables {
    /// The stations of the list in force on `day`, each with the unit it counts for that day (— when none).
    ///
    /// `effective` and `versionOfDay` say which list that is; the caption names it and the mapping's file.
    public static func stations(
        _ stations: [NationalStation], on day: Day, effective: Day, versionOfDay: Int, listFile: String, book: NationalStationBook,
        lang: Language
    ) -> ListTable {
        let header = [
            lang.pick("监测点编码", "station"), lang.pick("监测点名称", "name"), lang.pick("城市", "city"), lang.pick("经度", "longitude"),
            lang.pick("纬度", "latitude"), lang.pick("对照点", "background"), lang.pick("对应区域", "unit"), lang.pick("对应期间", "mapped"),
        ]
        let rows: [[SummaryCell]] = stations.map { s in
            let a = book.mapping.first { $0.station == s.code && $0.holds(on: day) }
            return [
                .text(s.code), .text(s.name), .text(s.city), .text(s.longitude?.exactText ?? "—"), .text(s.latitude?.exactText ?? "—"),
                .text(s.isBackground ? lang.pick("是", "yes") : lang.pick("否", "no")), .text(a?.unit ?? "—"),
                .text(a.map { "\($0.from)…\($0.to?.description ?? "")" } ?? "—"),
            ]
        }
        let caption = lang.pick(
            "\(day) 生效的监测点列表：\(effective) 起生效（当日第 \(versionOfDay) 版，\(listFile)）；对应关系：\(book.mappingFile)",
            "station list in force on \(day): in effect from \(effective) (version \(versionOfDay) of that day, \(listFile)); mapping: \(book.mappingFile)")
        return ListTable(title: lang.pick("监测点", "stations"), header: header, rows: rows, caption: caption)
    }
}
