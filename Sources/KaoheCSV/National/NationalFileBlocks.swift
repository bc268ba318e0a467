import Foundation
import KaoheCore

/// One national file's kept values as day blocks, one per station-day (D-164), built from the kept cells on the
/// thread that read the file (D-179): a file holds hours 1…23 of its own day and hour 24 of the day before
/// (R-24a), so a station gives at most two blocks.
public struct NationalFileBlocks: Sendable, Equatable {
    /// One station-day of the file and its block.
    public struct Group: Sendable, Equatable {
        public var station: String
        public var day: Day
        public var block: NationalDayBlock
    }

    /// The file's station-days, in the order of their first value in the file (its rows, then its columns).
    public var groups: [Group] = []
    /// The index in the kept cells of each group's slot (`group × slotCount + slot`), −1 where none: to place a
    /// conflict at its cell and order the conflicts as the file's values.
    var cellOfSlot: [Int32] = []

    /// The kept cell of a group's slot.
    func cell(group: Int, slot: Int) -> Int { Int(cellOfSlot[group * NationalDayHours.slotCount + slot]) }

    /// The blocks of `reading`'s kept values, each hour's file index `file`.
    public init(_ reading: NationalFileReading, file: Int) {
        let kept = reading.kept
        let slots = NationalDayHours.slotCount
        // The group of each (column, day) key, −1 while none: an array indexed by the key (D-175); a column is one
        // station, its hours on the file's day (label 1…23) or the day before (label 0).
        let widest = kept.cells.reduce(0) { max($0, Int($1.column)) }
        var groupOf = [Int32](repeating: -1, count: widest &* 2 &+ 2)
        var keys: [Int] = []
        var masks: [UInt32] = []
        // Each group's present hours and their texts' bytes: its block's size.
        var sizes: [(hours: Int, textBytes: Int)] = []
        for (k, cell) in kept.cells.enumerated() {
            let onFileDay = cell.label != 0
            let key = Int(cell.column) &* 2 &+ (onFileDay ? 1 : 0)
            var g = Int(groupOf[key])
            if g < 0 {
                g = keys.count
                groupOf[key] = Int32(g)
                keys.append(key)
                masks.append(contentsOf: repeatElement(0, count: 6))
                cellOfSlot.append(contentsOf: repeatElement(-1, count: slots))
                sizes.append((0, 0))
            }
            sizes[g].hours += 1
            sizes[g].textBytes += Int(cell.count)
            let hour = onFileDay ? Int(cell.label) : NationalDayHours.hoursPerDay
            masks[g * 6 + Int(cell.rank)] |= 1 << UInt32(hour - 1)
            cellOfSlot[g * slots + Int(cell.rank) * NationalDayHours.hoursPerDay + hour - 1] = Int32(k)
        }
        let dayBefore = reading.fileDay.adding(days: -1)
        groups.reserveCapacity(keys.count)
        kept.texts.withUnsafeBufferPointer { texts in
            masks.withUnsafeBufferPointer { allMasks in
                for (g, key) in keys.enumerated() {
                    let block = NationalDayBlock.build(
                        masks: UnsafeBufferPointer(rebasing: allMasks[(g * 6)..<(g * 6 + 6)]), hours: sizes[g].hours, textBytes: sizes[g].textBytes
                    ) { filler in
                        for slot in 0..<slots {
                            let k = cellOfSlot[g * slots + slot]
                            guard k >= 0 else { continue }
                            let cell = kept.cells[Int(k)]
                            filler.append(
                                text: UnsafeBufferPointer(rebasing: texts[Int(cell.start)..<(Int(cell.start) + Int(cell.count))]), file: file,
                                line: Int(cell.line), column: Int(cell.column))
                        }
                    }
                    groups.append(Group(station: reading.columnStations[key / 2 - 4], day: key & 1 == 1 ? reading.fileDay : dayBefore, block: block))
                }
            }
        }
    }
}
