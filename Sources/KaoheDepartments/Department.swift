import Foundation
import KaoheCore

/// A municipal department (市级有关部门) assessed on the key tasks the city's plan assigns to it.
///
/// Departments are a kind of assessed body of their own: they are never areas, so they never appear in
/// area lists, rankings, freezes or summonses (R-19/R-21 apply to areas only, D-95).
public struct Department: Sendable, Hashable, Codable {
    /// The city's code for the department (e.g. HBJ): 1–32 letters, digits or -, compared ignoring case.
    public var code: String
    /// The department's name (e.g. 市环保局).
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// The key under which codes are compared: case is ignored, as for unit codes (D-46).
    public static func codeKey(_ code: String) -> String { code.uppercased() }
}
