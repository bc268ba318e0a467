import Foundation

/// A manually grown buffer of plain values, for the per-row paths of large-file readers.
///
/// Unlike an array it costs no uniqueness check or retain on append and is emptied by resetting a count, so
/// it suits state kept in a struct behind a pointer. A copy shares the storage: keep one owner, which calls
/// `free()` exactly once.
struct GrowableBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
    }

    subscript(i: Int) -> Element {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    mutating func append(_ element: Element) {
        reserve(count + 1)
        base[count] = element
        count += 1
    }

    /// Appends `n` elements copied from `source`.
    mutating func append(_ source: UnsafePointer<Element>, count n: Int) {
        reserve(count + n)
        (base + count).update(from: source, count: n)
        count += n
    }

    /// Keeps only the first `n` elements.
    mutating func truncate(to n: Int) { count = n }

    /// Drops the first `n` elements, moving the rest to the front.
    mutating func removeFirst(_ n: Int) {
        count -= n
        base.update(from: base + n, count: count)
    }

    /// Makes room for `needed` elements in all, doubling the capacity as often as that takes.
    mutating func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        while capacity < needed { capacity *= 2 }
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
    }

    func free() { base.deallocate() }
}

extension GrowableBuffer where Element == UInt8 {
    /// Holds a copy of `bytes` (a station or unit code as written) instead of what it held.
    mutating func set(_ bytes: UnsafeRawBufferPointer) {
        truncate(to: 0)
        if let source = bytes.baseAddress { append(source.assumingMemoryBound(to: UInt8.self), count: bytes.count) }
    }

    /// Whether it holds exactly `bytes`.
    func equals(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count == count && (count == 0 || memcmp(base, bytes.baseAddress!, count) == 0)
    }
}
