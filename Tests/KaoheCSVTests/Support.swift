import Foundation
import KaoheCSV
import KaoheCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of `text` in another encoding, converted with iconv as a spreadsheet would have saved them.
func encoded(_ text: String, as encoding: String) -> [UInt8] {
    let converter = iconv_open(encoding, "UTF-8")!
    defer { iconv_close(converter) }
    var input = Array(text.utf8).map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: input.count * 4 + 16)
    let inputCount = input.count
    let outputCount = output.count
    return input.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer in
            var inPointer = inBuffer.baseAddress
            var outPointer = outBuffer.baseAddress
            var inLeft = inputCount
            var outLeft = outputCount
            precondition(iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, "iconv failed")
            return outBuffer.prefix(outputCount - outLeft).map { UInt8(bitPattern: $0) }
        }
    }
}

/// Tab-separated UTF-16 with a BOM, like the spreadsheet "Unicode text" export.
func utf16Text(_ text: String, bigEndian: Bool = false) -> [UInt8] {
    let units = Array(text.utf16)
    let bom: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    return bom + units.flatMap { unit in
        let high = UInt8(unit >> 8)
        let low = UInt8(unit & 0xFF)
        return bigEndian ? [high, low] : [low, high]
    }
}

/// Parses `bytes` fed in chunks of the given sizes (the last size repeats), returning records and encoding.
func parse(_ bytes: [UInt8], chunks sizes: [Int]? = nil, fileName: String = "f.csv") throws -> (records: [CSVRecord], encoding: String?) {
    let parser = CSVStreamParser(fileName: fileName)
    var records: [CSVRecord] = []
    var offset = 0
    var index = 0
    while offset < bytes.count {
        let size = sizes.map { $0[min(index, $0.count - 1)] } ?? bytes.count
        let end = min(offset + max(size, 1), bytes.count)
        try parser.feed(Data(bytes[offset..<end])) { records.append($0) }
        offset = end
        index += 1
    }
    try parser.finish { records.append($0) }
    return (records, parser.encoding)
}

func parse(_ text: String, fileName: String = "f.csv") throws -> [CSVRecord] {
    try parse(Array(text.utf8), fileName: fileName).records
}

/// The printed diagnostics of the error thrown by `body`, or nil when it does not throw one.
func diagnostics(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let error as DiagnosticsError {
        return error.description
    } catch {
        return "unexpected error: \(error)"
    }
}

/// The problem thrown by a cell parser, or nil when it accepts the text.
func problem<T>(_ body: @autoclosure () throws(FieldProblem) -> T) -> FieldProblem? {
    do {
        _ = try body()
        return nil
    } catch {
        // The English form, so tables of English reasons and fixes compare whole; Chinese has its own tests.
        var english = error
        english.reasonZh = nil
        english.fixZh = nil
        return english
    }
}


func record(_ line: Int, _ fields: [String], _ fieldLines: [Int]? = nil) -> CSVRecord {
    CSVRecord(line: line, fields: fields, fieldLines: fieldLines ?? Array(repeating: line, count: fields.count))
}
