import Foundation
import KaoheCore
import KaoheCSV

/// Reads a file in fixed-size chunks so a gigabyte monitoring file never sits in memory whole.
///
/// The SHA-256 for the import log is computed on a second thread while the caller parses, at most a few
/// chunks behind, so hashing adds little to the wall time on a machine with two or more cores.
struct ChunkedInput {
    /// Bytes per chunk: 1 MiB.
    static let chunkSize = 1 << 20

    /// The name shown in messages and the import log (`<stdin>` for `-`).
    let path: String
    /// What is opened: the path, or `-` for standard input.
    private let source: String
    /// File size in bytes, for progress and throughput; 0 for a pipe or FIFO, whose size is unknown.
    let size: Int

    init(path: String) throws {
        source = path
        if path == standardInputArgument {
            self.path = standardInputName
            self.size = 0
            return
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw CLIError(InputFileFailure.noSuchFile(path: path))
        }
        if isDir.boolValue { throw CLIError(InputFileFailure.isFolder(path: path)) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw CLIError(InputFileFailure.cannotRead(path: path))
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        self.path = path
        self.size = attributes?[.type] as? FileAttributeType == .typeRegular ? (attributes?[.size] as? Int ?? 0) : 0
    }

    /// Calls `body` with each chunk in file order; returns the file's SHA-256 (lowercase hex) when `hash` is set.
    @discardableResult
    func read(hash: Bool = true, _ body: (Data) throws -> Void) throws -> String? {
        try read(hash: hash, until: { chunk in
            try body(chunk)
            return true
        })
    }

    /// Calls `body` with each chunk in file order until it returns false; returns the SHA-256 of the whole file
    /// when `hash` is set and every chunk was taken, nil when `body` stopped early.
    func read(hash: Bool = true, until body: (Data) throws -> Bool) throws -> String? {
        guard let handle = source == standardInputArgument ? FileHandle.standardInput : FileHandle(forReadingAtPath: source) else {
            throw CLIError(InputFileFailure.cannotRead(path: path))
        }
        defer { if source != standardInputArgument { try? handle.close() } }
        let hasher = hash ? BackgroundHasher() : nil
        defer { hasher?.wait() }
        while true {
            let chunk: Data
            do {
                guard let next = try handle.read(upToCount: Self.chunkSize), !next.isEmpty else { break }
                chunk = next
            } catch {
                throw CLIError(InputFileFailure.readingFailed(path: path))
            }
            hasher?.update(chunk)
            guard try body(chunk) else { return nil }
        }
        return hasher?.finish()
    }
}

/// SHA-256 on a serial queue, with at most a few chunks waiting so memory stays bounded.
final class BackgroundHasher: @unchecked Sendable {
    private let queue = DispatchQueue(label: "kaohe.sha256")
    private let slots = DispatchSemaphore(value: 4)
    private var hasher = ContentHasher()

    func update(_ chunk: Data) {
        slots.wait()
        queue.async {
            self.hasher.update(chunk)
            self.slots.signal()
        }
    }

    func wait() { queue.sync {} }

    func finish() -> String {
        queue.sync { hasher.finalizeHex() }
    }
}

/// A monitoring importer fed on its own serial queue, at most a few chunks behind, so a workbook's sheet is
/// read on one core while its CSV is checked on the other (D-111).
///
/// The importer is touched only on the queue until `finish()` hands it back; after its first failure the
/// chunks that follow are dropped, as a caller feeding it in step would have stopped there.
final class BackgroundFeeder: @unchecked Sendable {
    private let queue = DispatchQueue(label: "kaohe.monitoring-feed")
    private let slots = DispatchSemaphore(value: 4)
    private let importer: MonitoringImporter
    private var failure: (any Error)?

    init(_ importer: MonitoringImporter) { self.importer = importer }

    func feed(_ chunk: Data) {
        slots.wait()
        queue.async {
            defer { self.slots.signal() }
            guard self.failure == nil else { return }
            do {
                try self.importer.feed(chunk)
            } catch {
                self.failure = error
            }
        }
    }

    /// Waits for every chunk fed; the importer, or the first error feeding it.
    func finish() throws -> MonitoringImporter {
        try queue.sync {
            if let failure { throw failure }
        }
        return importer
    }
}
