/// A county-level unit or park that the city assesses once a year.
public struct Area: Sendable, Hashable, Codable {
    /// GB/T 2260 code for county-level units, a city-assigned code for parks; 1–32 of `[0-9A-Za-z-]`.
    public var code: String
    public var name: String
    public var type: AreaType
    /// The city's code, when the file gives it.
    public var parentCode: String?

    public init(code: String, name: String, type: AreaType, parentCode: String? = nil) {
        self.code = code
        self.name = name
        self.type = type
        self.parentCode = parentCode
    }

    /// Whether `code` has the shape the templates allow: 1–32 of ASCII letters, digits and `-`, with at least
    /// one letter or digit (`-` and `---` name nothing; issue 12 item 18).
    public static func isValidCode(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.count <= 32
            && code.utf8.allSatisfy { b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D
            }
            && code.utf8.contains { $0 != 0x2D }
    }

    /// The key two codes share when they differ only by case: codes are compared case-insensitively, so
    /// `my-gxq` and `MY-GXQ` can never be two units (D-46).
    public static func codeKey(_ code: String) -> String { code.uppercased() }
}
