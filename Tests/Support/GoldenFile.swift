import Foundation
import Testing

/// Whole expected documents kept as files in a test target's `Golden/` folder, compared line by line.
///
/// The files are worked by hand (Golden/README.md says how) and only ever read: a test never writes or
/// re-records one. On a difference the failure shows each differing line with its number, so a change of
/// wording or layout is read before the file is edited to accept it.
///
/// Shared by the test targets (KaoheTestSupport): each target keeps its own `Golden/` folder at its top, found
/// from the calling test file's path, so a test file must sit at the top of its target's folder.
public enum Golden {
    /// The `Golden/` folder of the test target whose top-level file is `callerFile`.
    static func folder(of callerFile: String) -> URL {
        URL(fileURLWithPath: callerFile).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// The golden file `name` of the calling test target, as text.
    public static func text(_ name: String, file: String = #filePath) throws -> String {
        try String(contentsOf: folder(of: file).appendingPathComponent(name), encoding: .utf8)
    }

    /// Expects `actual` to be exactly the calling target's golden file `name`; records a line diff when it is not.
    public static func expect(_ actual: String, equals name: String, file: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        let expected: String
        do {
            expected = try text(name, file: file)
        } catch {
            Issue.record("the golden file Golden/\(name) cannot be read: \(error)", sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        Issue.record(Comment(rawValue: "output differs from Golden/\(name):\n" + lineDiff(expected: expected, actual: actual)), sourceLocation: sourceLocation)
    }

    /// The lines that differ between two texts: `-N text` for a line of `expected` (line N) missing from
    /// `actual`, `+N text` for a line of `actual` (line N) not in `expected`, from a longest common
    /// subsequence of lines; unchanged lines are left out. A missing final newline shows as a changed last line.
    public static func lineDiff(expected: String, actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // lcs[i][j]: length of the longest common subsequence of a[i...] and b[j...].
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                i += 1
                j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                out.append("-\(i + 1) \(a[i])")
                i += 1
            } else {
                out.append("+\(j + 1) \(b[j])")
                j += 1
            }
        }
        return out.joined(separator: "\n")
    }
}
