import Foundation
import KaoheCore

// What a `MonitoringImporter` does as one of the parallel path's piece-readers (D-101): it takes the header the
// first reader read, reads pieces that start on known lines, and hands over what it found for the merge in
// MonitoringParallel.swift. The checks on every row are the importer's own, unchanged.

extension MonitoringImporter {
    /// Takes the header `first` read: its columns and layout, so rows are read the same way.
    func adoptHeader(of first: MonitoringImporter) {
        header = first.header
        layout = first.layout
        headerSeen = first.headerSeen
        if let l = first.layout {
            hot.pointee.setLayout(
                station: l.station, area: l.area, time: l.time, hourly: l.hourly, pm10: l.pm10, pm25: l.pm25, dust: l.dust, width: l.width)
        }
    }

    /// Whether nothing is wrong so far: no row problem, no broken CSV.
    var isClean: Bool { errorCount == 0 && !fatal }

    /// Diagnostics kept so far (the header's warnings, before any row).
    var warningCount: Int { diagnostics.count }

    /// Whether the header was read and names every column the rows need.
    var hasLayout: Bool { layout != nil }

    /// Whether the text so far was read as UTF-8 (with or without a BOM) or is still plain ASCII.
    var readsUTF8: Bool {
        parser.encoding == nil || parser.encoding == SourceEncoding.utf8.name || parser.encoding == SourceEncoding.utf8WithBOM.name
    }

    /// Reads one piece of the file that starts at physical line `line` and ends after a line break (or at the
    /// end of the file); problems are kept as by `feed`, and `isClean` tells whether there were any.
    func feedPiece(_ piece: Data, line: Int) {
        guard !fatal else { return }
        parser.resume(atLine: line)
        do {
            let hot = hot
            try parser.feedRaw(piece) { if !hot.pointee.fastRow($0) { row($0) } }
        } catch {
            _ = failure(error)
            fatal = true
        }
    }

    /// Ends the pieces: flushes a last row without a line break.
    func finishPieces() {
        guard !fatal else { return }
        do {
            let hot = hot
            try parser.finishRaw { if !hot.pointee.fastRow($0) { row($0) } }
        } catch {
            _ = failure(error)
            fatal = true
        }
    }

    /// Forgets the index from station-day to slot, which only reading needs; frees its memory before a merge.
    func dropSlotIndex() { slotIndex = DaySlotIndex() }

    /// What this reader found, in the order it met stations; its day slots are handed over as they are, not
    /// copied. Call once.
    func takeSegment() -> MonitoringSegment {
        slotIndex = DaySlotIndex()
        let slots = slotStore
        slotStore = DaySlotStore()
        hot.pointee.lastSlot = nil
        return MonitoringSegment(
            rows: rowsRead, isHourly: layout?.hourly ?? false, warnings: diagnostics, stations: stations, areas: areas, slots: slots)
    }
}
