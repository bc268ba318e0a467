import Foundation
import KaoheCore
import Testing

@testable import KaoheCSV

// The compact day slots of the monitoring import (issue 14 goal 4, D-162): 40 bytes each, in blocks that never
// move, indexed by one page per station and month, and ordered by address instead of copied and sorted.

@Suite struct MonitoringSlotsTests {
    /// 2 × 8 (sums) + 3 × 4 (hour masks) + 2 × 4 (station, line) + 4 (day and dust flags) = 40 bytes: a year of
    /// 5,000 stations (1,830,000 station-days) is 73.2 MB of slots, against 87.8 MB at the 48 bytes of before.
    @Test func aSlotIsFortyBytes() {
        #expect(MemoryLayout<DaySlot>.stride == 40)
    }

    @Test func theDayAndTheDustFlagsShareOneWordWithoutDisturbingEachOther() {
        var s = DaySlot(station: 7, line: 12, year: 2100, month: 12, day: 31)
        #expect((s.year, s.month, s.day) == (2100, 12, 31))
        s.add(bit: 1 << 3, pm10: 5, pm25: nil, dust: false)
        #expect(s.dustGiven && !s.dust)
        s.add(bit: 1 << 4, pm10: 6, pm25: 1, dust: true)
        #expect(s.dustGiven && s.dust && (s.year, s.month, s.day) == (2100, 12, 31))
        #expect(s.pm10Sum == 11 && s.pm25Sum == 1 && s.seen == 0b11000 && s.pm10Mask == 0b11000 && s.pm25Mask == 0b10000)
        // The day key orders days as the calendar does: 1999-12-31 < 2000-01-01 < 2000-01-02 < 2000-02-01.
        let keys = [(1999, 12, 31), (2000, 1, 1), (2000, 1, 2), (2000, 2, 1)].map { DaySlot(station: 0, line: 1, year: UInt16($0.0), month: UInt8($0.1), day: UInt8($0.2)).dayKey }
        #expect(keys == keys.sorted() && Set(keys).count == 4)
    }

    /// More slots than one block holds (32,768): numbers and pointers stay valid across blocks.
    @Test func theStoreKeepsEverySlotWhereItWasPutAcrossBlocks() {
        let store = DaySlotStore()
        var pointers: [UnsafeMutablePointer<DaySlot>] = []
        for i in 0..<(slotBlockSize + 100) {
            let (n, p) = store.append(DaySlot(station: Int32(i % 7), line: Int32(i), year: 2015, month: 1, day: 1))
            #expect(n == i)
            pointers.append(p)
        }
        #expect(store.count == slotBlockSize + 100 && store.blocks.count == 2)
        for i in [0, 1, slotBlockSize - 1, slotBlockSize, slotBlockSize + 99] {
            #expect(store[i] == pointers[i] && store[i].pointee.line == Int32(i))
        }
    }

    @Test func theIndexFindsEachStationDayByItsPageAndDay() {
        let index = DaySlotIndex()
        #expect(index.entry(3, 2015, 2, 28).pointee == 0)
        index.entry(3, 2015, 2, 28).pointee = 9
        index.entry(4, 2015, 2, 28).pointee = 10
        index.entry(3, 2015, 3, 1).pointee = 11
        #expect(index.entry(3, 2015, 2, 28).pointee == 9)
        #expect(index.entry(4, 2015, 2, 28).pointee == 10)
        #expect(index.entry(3, 2015, 3, 1).pointee == 11)
        #expect(index.entry(3, 2015, 3, 2).pointee == 0 && index.entry(3, 2016, 2, 28).pointee == 0)
    }

    /// Stations by code (not by first appearance), each station's days by date; a station-day two stores hold with
    /// disjoint hours is joined (sums added, masks joined, the first line kept); with a shared hour, no table.
    @Test func theTableOrdersByStationCodeAndDayAndJoinsAcrossStores() throws {
        let stations = ["B", "A"]  // "A" (1) sorts before "B" (0)
        func slot(_ station: Int32, _ day: UInt8, line: Int32, bit: UInt32, pm10: Int64) -> DaySlot {
            var s = DaySlot(station: station, line: line, year: 2015, month: 3, day: day)
            s.add(bit: bit, pm10: pm10, pm25: nil, dust: nil)
            return s
        }
        let first = DaySlotStore(), second = DaySlotStore()
        _ = first.append(slot(0, 2, line: 2, bit: 1, pm10: 10))
        _ = first.append(slot(1, 5, line: 3, bit: 1, pm10: 20))
        _ = first.append(slot(0, 1, line: 4, bit: 1, pm10: 30))
        _ = second.append(slot(0, 2, line: 9, bit: 2, pm10: 40))  // B, 2015-03-02 again, another hour
        _ = second.append(slot(1, 4, line: 10, bit: 1, pm10: 50))
        let table = try #require(DaySlotTable(taking: [first, second], stations: stations))
        let got = (0..<table.order.count).map { i in
            let s = table[i]
            return "\(stations[Int(s.station)]) \(s.day) \(s.pm10Sum) \(s.pm10Mask) \(s.line)"
        }
        #expect(got == ["A 4 50 1 10", "A 5 20 1 3", "B 1 30 1 4", "B 2 50 3 2"])
        #expect(first.count == 0 && second.count == 0)  // the blocks moved to the table

        let a = DaySlotStore(), b = DaySlotStore()
        _ = a.append(slot(0, 2, line: 2, bit: 1, pm10: 10))
        _ = b.append(slot(0, 2, line: 5, bit: 1, pm10: 10))  // the same hour in both: the careful path decides
        #expect(DaySlotTable(taking: [a, b], stations: ["B"]) == nil)
    }

    /// A file whose rows come in no order at all gives its station-days in station and day order, each day's hours
    /// summed wherever its rows are, on the careful path.
    @Test func anUnorderedFileIsReadInStationAndDayOrder() throws {
        let text = """
            站点编码,区域代码,时间,PM10
            S2,510703,2015-03-02 05:00,10
            S1,510703,2015-03-03 01:00,20
            S2,510703,2015-03-01 05:00,30
            S1,510703,2015-03-03 02:00,40
            S2,510703,2015-03-02 06:00,50

            """
        let data = try MonitoringFile.parse(Data(text.utf8), file: "m.csv", knownAreas: ["510703"])
        let parts = data.parts.map { "\($0.station) \($0.day) \($0.pm10!.sum!) line \($0.line)" }
        // Hour-ending labels (R-24a): 05:00 is the hour 04:00–05:00 of the same day. Sums in 10⁻⁹ μg/m³.
        #expect(parts == [
            "S1 2015-03-03 60000000000 line 3", "S2 2015-03-01 30000000000 line 4", "S2 2015-03-02 60000000000 line 2",
        ])
        #expect(data.dayCount == 3)
    }
}
