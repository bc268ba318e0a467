import Foundation
import KaoheCore
import Testing

/// The station lists in force over time and the mapping (D-121).
@Suite struct StationBookTests {
    func station(_ code: String, background: Bool = false) -> NationalStation {
        NationalStation(code: code, name: code, city: "绵阳", longitude: nil, latitude: nil, isBackground: background)
    }

    @Test func theListInForceIsTheLastToTakeEffectAndOfOneDayTheLastRecorded() {
        let d = { (m: Int, day: Int) in Day(year: 2015, month: m, day: day)! }
        // Recorded in this order: March, January, then March again (a re-import of that day).
        let book = NationalStationBook(
            lists: [(d(3, 1), "b.csv", [station("B")]), (d(1, 1), "a.csv", [station("A")]), (d(3, 1), "c.csv", [station("C")])],
            mapping: [StationAssignment(station: "A", unit: "U", from: d(1, 1), to: d(2, 28))], mappingFile: "m.csv")
        #expect(book.stations(on: Day(year: 2014, month: 12, day: 31)!) == nil)
        #expect(book.stations(on: d(2, 28)).map { Set($0.keys) } == ["A"])
        #expect(book.stations(on: d(3, 1)).map { Set($0.keys) } == ["C"])
        #expect(book.lists.map(\.file) == ["a.csv", "b.csv", "c.csv"])
        #expect(book.anyStation("B") != nil && book.anyStation("Z") == nil)
        #expect(book.unit(of: "A", on: d(2, 28)) == "U")
        #expect(book.unit(of: "A", on: d(3, 1)) == nil)
        #expect(book.isMapped("A") && !book.isMapped("B"))
    }
}
