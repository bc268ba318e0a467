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
        let header = lang.pick(ListText.stationHeaders)
        let rows: [[SummaryCell]] = stations.map { s in
            let a = book.mapping.first { $0.station == s.code && $0.holds(on: day) }
            return [
                .text(s.code), .text(s.name), .text(s.city), .text(s.longitude?.exactText ?? "—"), .text(s.latitude?.exactText ?? "—"),
                .text(lang.pick(DocumentText.yesNo(s.isBackground))), .text(a?.unit ?? "—"),
                .text(a.map { "\($0.from)…\($0.to?.description ?? "")" } ?? "—"),
            ]
        }
        let caption = lang.pick(
            ListText.stationCaption(day: day, effective: effective, version: versionOfDay, listFile: listFile, mappingFile: book.mappingFile))
        return ListTable(title: lang.pick(ListText.stationsTitle), header: header, keys: ListKeys.stations, rows: rows, caption: caption)
    }
}
