import Foundation

/// Theil-Sen slope, Mann-Kendall test and a seeded block-bootstrap interval; pure, in `Double`.
///
/// These are statistical estimates shown for information, never assessment figures, so binary floating
/// point is fine here (decision D-55). The method follows openair's `TheilSen` (median of pairwise slopes,
/// Mann-Kendall, a bootstrap interval) but is not bit-identical to it.
public enum TheilSen {
    /// The median of the slopes (yⱼ − yᵢ)/(xⱼ − xᵢ) over all pairs i < j with xᵢ ≠ xⱼ; nil with no such pair.
    public static func slope(x: [Double], y: [Double]) -> Double? {
        var slopes: [Double] = []
        slopes.reserveCapacity(x.count * (x.count - 1) / 2)
        slope(x: x, y: y, into: &slopes)
        return median(&slopes)
    }

    /// Fills `buffer` with the pairwise slopes (reusing its storage); the caller takes the median.
    static func slope(x: [Double], y: [Double], into buffer: inout [Double]) {
        buffer.removeAll(keepingCapacity: true)
        x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
                for i in 0..<xs.count {
                    for j in (i + 1)..<max(i + 1, xs.count) where xs[j] != xs[i] {
                        buffer.append((ys[j] - ys[i]) / (xs[j] - xs[i]))
                    }
                }
            }
        }
    }

    /// The median (mean of the two middle values for an even count), reordering `values`; nil when empty.
    static func median(_ values: inout [Double]) -> Double? {
        let n = values.count
        guard n > 0 else { return nil }
        let upper = select(&values, n / 2)
        if n % 2 == 1 { return upper }
        // The lower middle is the largest value left of the upper middle after the selection.
        var lower = -Double.infinity
        for i in 0..<(n / 2) where values[i] > lower { lower = values[i] }
        return (lower + upper) / 2
    }

    /// The k-th smallest value (0-based), Hoare quickselect with a middle pivot; reorders `values`.
    static func select(_ values: inout [Double], _ k: Int) -> Double {
        values.withUnsafeMutableBufferPointer { v in
            var lo = 0, hi = v.count - 1
            while lo < hi {
                let pivot = v[(lo + hi) / 2]
                var i = lo, j = hi
                while i <= j {
                    while v[i] < pivot { i += 1 }
                    while v[j] > pivot { j -= 1 }
                    if i <= j {
                        v.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                if k <= j { hi = j } else if k >= i { lo = i } else { return v[k] }
            }
            return v[k]
        }
    }

    /// The Mann-Kendall test of a series in time order.
    public struct MannKendall: Sendable, Hashable {
        /// S = Σ_{i<j} sign(yⱼ − yᵢ).
        public var s: Int
        /// Var(S) with the correction for tied groups.
        public var variance: Double
        /// Z with the continuity correction: (S − 1)/√Var for S > 0, (S + 1)/√Var for S < 0, else 0.
        public var z: Double
        /// Two-sided p-value under the normal approximation, erfc(|Z|/√2).
        public var p: Double
    }

    public static func mannKendall(_ y: [Double]) -> MannKendall {
        let n = y.count
        var s = 0
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) { s += y[j] > y[i] ? 1 : (y[j] < y[i] ? -1 : 0) }
        }
        var ties: [Double: Int] = [:]
        for v in y { ties[v, default: 0] += 1 }
        let nd = Double(n)
        var variance = nd * (nd - 1) * (2 * nd + 5) / 18
        for t in ties.values where t > 1 {
            let td = Double(t)
            variance -= td * (td - 1) * (2 * td + 5) / 18
        }
        let z: Double = variance > 0 ? (s > 0 ? Double(s - 1) / variance.squareRoot() : s < 0 ? Double(s + 1) / variance.squareRoot() : 0) : 0
        return MannKendall(s: s, variance: variance, z: z, p: erfc(abs(z) / 2.0.squareRoot()))
    }
}

/// SplitMix64: a small seeded generator, the same on every platform, so a trend's interval is reproducible.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
