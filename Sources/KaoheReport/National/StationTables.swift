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

    /// One stored station list version, as `stations history` lists it.
    public struct ListVersion: Sendable, Hashable {
        public var effective: Day
        public var versionOfDay: Int
        public var stations: Int
        public var file: String
        public var recordedAt: String

        public init(effective: Day, versionOfDay: Int, stations: Int, file: String, recordedAt: String) {
            self.effective = effective
            self.versionOfDay = versionOfDay
            self.stations = stations
            self.file = file
            self.recordedAt = recordedAt
        }
    }

    /// One stored mapping version, as `stations history` lists it.
    public struct MappingVersion: Sendable, Hashable {
        public var id: Int64
        public var rows: Int
        public var file: String
        public var recordedAt: String

        public init(id: Int64, rows: Int, file: String, recordedAt: String) {
            self.id = id
            self.rows = rows
            self.file = file
            self.recordedAt = recordedAt
        }
    }

    /// The two tables of `stations history`: every list version, then every mapping version, the last in force
    /// (D-121), keyed by `ListKeys.stationLists` and `ListKeys.stationMappings` (D-152).
    public static func history(lists: [ListVersion], mappings: [MappingVersion], lang: Language) -> StationHistory {
        let listRows: [[SummaryCell]] = lists.map { v in
            [.date(v.effective), .number(Decimal(v.versionOfDay), shown: String(v.versionOfDay)), .number(Decimal(v.stations), shown: String(v.stations)),
             .text(v.file), .text(v.recordedAt)]
        }
        let mappingRows: [[SummaryCell]] = mappings.map { v in
            [.number(Decimal(v.id), shown: String(v.id)), .number(Decimal(v.rows), shown: String(v.rows)), .text(v.file), .text(v.recordedAt),
             .text(lang.pick(v.id == mappings.last?.id ? ListText.mappingInForce : ListText.mappingSuperseded))]
        }
        return StationHistory(
            listsTitle: lang.pick(ListText.stationListsTitle),
            lists: ListTable(
                title: lang.pick(ListText.stationListsSheet), header: lang.pick(ListText.stationListsHeaders), keys: ListKeys.stationLists,
                rows: listRows, alignments: [.left, .right, .right, .left, .left]),
            mappingsTitle: lang.pick(ListText.stationMappingsTitle),
            mappings: ListTable(
                title: lang.pick(ListText.stationMappingsSheet), header: lang.pick(ListText.stationMappingsHeaders), keys: ListKeys.stationMappings,
                rows: mappingRows, alignments: [.right, .right, .left, .left, .left]))
    }
}

/// `stations history`'s two tables, each with the title the terminal and the CSV put above it (D-152).
///
/// The workbook puts each on a sheet of its own, named by the table's `title`.
public struct StationHistory: Sendable, Hashable {
    public var listsTitle: String
    public var lists: ListTable
    public var mappingsTitle: String
    public var mappings: ListTable

    /// The terminal form: each title on a line of its own, then its table.
    public func text() -> String {
        "\(listsTitle)\n" + lists.text() + "\(mappingsTitle)\n" + mappings.text()
    }

    /// One CSV (UTF-8 with a byte-order mark, CRLF): the lists' title, header and rows, an empty line, then the
    /// mappings' likewise; cells quoted and neutralised as every list's CSV (D-79).
    public func csv() -> String {
        func lines(_ title: String, _ t: ListTable) -> [[String]] { [[title], t.table.header] + t.table.rows.map { $0.map(\.shown) } }
        let all = lines(listsTitle, lists) + [[]] + lines(mappingsTitle, mappings)
        return "\u{FEFF}" + all.map { $0.map(SummaryRender.csvCell).joined(separator: ",") + "\r\n" }.joined()
    }

    /// The JSON form: `{"lists": [...], "mappings": [...]}`, each an array of objects as every list's JSON (D-139).
    public func json() -> String {
        JSON.object([("lists", lists.jsonRows()), ("mappings", mappings.jsonRows())]).render() + "\n"
    }
}
