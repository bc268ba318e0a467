import Foundation
import KaoheCore
import KaoheTestSupport
import Testing

@testable import KaoheCSV

/// A file's day blocks built from its kept cells on the reading thread (D-179) are the blocks of its values staged
/// one by one, as the staging built them before (each station-day's hours gathered, then encoded from their
/// `Decimal`s), and each slot points back at the cell it came from. The reference is built from `values`, which are
/// read back from the same kept texts: that the texts are the cells' exact texts is `NationalCellPathTests`' part,
/// and that `values` are the careful path's `Decimal`s is checked here against the cells themselves.
@Suite struct NationalFileBlocksTests {
    /// The blocks as the import built them before D-179: the file's values grouped by station and day in the order
    /// of their first value, each group's hours set one by one, then encoded.
    func reference(_ reading: NationalFileReading, file: Int) -> [NationalFileBlocks.Group] {
        var order: [String] = []
        var groups: [String: (station: String, day: Day, hours: NationalDayHours)] = [:]
        for v in reading.values {
            let key = "\(v.station) \(v.hour.day)"
            if groups[key] == nil {
                order.append(key)
                groups[key] = (v.station, v.hour.day, NationalDayHours())
            }
            groups[key]!.hours.set(
                slot: NationalDayHours.slot(v.pollutant, hour: v.hour.hour), .init(value: v.value, file: file, line: v.line, column: v.column))
        }
        return order.map { NationalFileBlocks.Group(station: groups[$0]!.station, day: groups[$0]!.day, block: NationalDayBlock(groups[$0]!.hours, file: file)) }
    }

    @Test func blocksOfSeededFilesAreThoseOfTheirValuesStagedOneByOne() throws {
        var rng = SplitMix64(state: 179)
        var groups = 0
        for n in 0..<120 {
            let stations = (0..<Int.random(in: 1...9, using: &rng)).map { String(format: "%04dA", 1001 + $0) }.shuffled(using: &rng)
            let keep = Set(stations.filter { _ in Int.random(in: 0..<4, using: &rng) > 0 })
            var lines = ["date,hour,type," + stations.joined(separator: ",")]
            for hour in (0..<24).filter({ _ in Bool.random(using: &rng) }) {
                for type in NationalHourlyFile.types.shuffled(using: &rng).prefix(Int.random(in: 1...15, using: &rng)) {
                    let cells = stations.map { _ -> String in
                        switch Int.random(in: 0..<12, using: &rng) {
                        case 0: ""
                        case 1: "-"
                        case 2: " \(Int.random(in: 0...500, using: &rng)) "
                        case 3: "0\(Int.random(in: 0...9, using: &rng)).50"
                        case 5: "\(Int.random(in: 1...9, using: &rng))00"
                        case 4: "１２．５"  // full-width: the careful path's value
                        default: "\(Int.random(in: 0...900, using: &rng)).\(Int.random(in: 0...9, using: &rng))"
                        }
                    }
                    lines.append((["20151231", "\(hour)", type] + cells).joined(separator: ","))
                }
            }
            guard lines.count > 1 else { continue }
            let reading = try NationalHourlyFile.read(Data((lines.joined(separator: "\n") + "\n").utf8), file: "china_sites_20151231.csv") {
                keep.contains($0)
            }
            // Each value is the very `Decimal` the careful path makes of its cell, in the same representation (the
            // in-memory import's arithmetic works on it), whatever path the cell took.
            let rows = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            for v in reading.values {
                let cell = rows[v.line - 1][v.column - 1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\u{3000}"))
                let careful = try parseDecimal(cell)
                #expect(withUnsafeBytes(of: v.value) { Array($0) } == withUnsafeBytes(of: careful) { Array($0) }, "cell \(cell)")
            }
            let blocks = NationalFileBlocks(reading, file: n)
            #expect(blocks.groups == reference(reading, file: n), "file:\n\(lines.joined(separator: "\n"))")
            // Every present slot points at a kept cell of the same station, day, pollutant and hour.
            for (g, group) in blocks.groups.enumerated() {
                for slot in 0..<NationalDayHours.slotCount where group.block.mask(slot / 24) & (1 << UInt32(slot % 24)) != 0 {
                    let v = reading.value(at: blocks.cell(group: g, slot: slot))
                    #expect(v.station == group.station && v.hour.day == group.day)
                    #expect(NationalDayHours.slot(v.pollutant, hour: v.hour.hour) == slot)
                }
            }
            groups += blocks.groups.count
        }
        #expect(groups > 500)
    }

    /// Worked by hand: hour 0 of 2016-01-01 is hour 24 of 2015-12-31 (R-24a), so one station gives two blocks; the
    /// file's values in order are (hour 0, PM10, 80), (hour 1, PM10, 07.50 → "7.5").
    @Test func hourZeroGoesToTheDayBeforesBlock() throws {
        let text = "date,hour,type,1001A\n20160101,0,PM10,80\n20160101,1,PM10,07.50\n"
        let reading = try NationalHourlyFile.read(Data(text.utf8), file: "china_sites_20160101.csv") { _ in true }
        let blocks = NationalFileBlocks(reading, file: 2)
        #expect(blocks.groups.map { "\($0.station) \($0.day)" } == ["1001A 2015-12-31", "1001A 2016-01-01"])
        let pm10 = NationalPollutant.pm10.rank
        #expect(blocks.groups[0].block.mask(pm10) == 1 << 23 && blocks.groups[1].block.mask(pm10) == 1)
        var texts: [String] = []
        for group in blocks.groups {
            group.block.forEachHour(ranks: [pm10]) { slot, text, file, line, column in texts.append("\(slot % 24 + 1) \(text) \(file):\(line):\(column)") }
        }
        #expect(texts == ["24 80 2:2:4", "1 7.5 2:3:4"])
    }
}
