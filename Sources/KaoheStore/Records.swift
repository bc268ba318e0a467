import Foundation
import GRDB
import KaoheCore

/// One row of the import log: which file was taken in, when, and what it changed.
public struct ImportLogEntry: Sendable, Hashable, Codable {
    public var id: Int64?
    public var fileName: String
    /// SHA-256 of the file's bytes as read, lowercase hex.
    public var sha256: String
    /// The file kind: `areas`, `targets`, and the report and monitoring kinds.
    public var kind: String
    public var rowCount: Int
    public var added: Int
    public var changed: Int
    /// UTC time of the import, ISO 8601.
    public var importedAt: String

    public init(
        id: Int64? = nil, fileName: String, sha256: String, kind: String, rowCount: Int, added: Int = 0,
        changed: Int = 0, importedAt: String
    ) {
        self.id = id
        self.fileName = fileName
        self.sha256 = sha256
        self.kind = kind
        self.rowCount = rowCount
        self.added = added
        self.changed = changed
        self.importedAt = importedAt
    }
}

extension ImportLogEntry: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "import_log"
    public static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    public static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// How an import changed the stored rows, for the message the user sees.
public struct ImportOutcome: Sendable, Hashable {
    public var importID: Int64
    public var added: Int
    public var changed: Int
    public var unchanged: Int
    /// Rows identical to a withdrawn target, which stays withdrawn (targets only, R-5 revised).
    public var keptWithdrawn: Int

    public init(importID: Int64, added: Int, changed: Int, unchanged: Int, keptWithdrawn: Int = 0) {
        self.importID = importID
        self.added = added
        self.changed = changed
        self.unchanged = unchanged
        self.keptWithdrawn = keptWithdrawn
    }
}

struct AreaRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "area"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var code: String
    var name: String
    var type: String
    var parentCode: String?
    var importId: Int64

    init(_ area: Area, importID: Int64) {
        code = area.code
        name = area.name
        type = area.type.rawValue
        parentCode = area.parentCode
        importId = importID
    }

    var area: Area? {
        AreaType(rawValue: type).map { Area(code: code, name: name, type: $0, parentCode: parentCode) }
    }
}

struct TargetRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "target"
    static let databaseColumnDecodingStrategy = DatabaseColumnDecodingStrategy.convertFromSnakeCase
    static let databaseColumnEncodingStrategy = DatabaseColumnEncodingStrategy.convertToSnakeCase
    var areaCode: String
    var year: Int
    var pollutant: String
    var baseYear: Int
    var baseConcentration: String
    var kind: String
    var value: String?
    var isFinal: Bool
    var importId: Int64
    /// Set by a withdrawal (migration v7a); an import writes nil, making its row a target in force.
    var withdrawnAt: String?
    var withdrawalReason: String?

    init(_ t: Target, importID: Int64) {
        areaCode = t.areaCode
        year = t.year
        pollutant = t.pollutant.rawValue
        baseYear = t.baseYear
        baseConcentration = t.baseConcentration.exactText
        kind = t.kind.rawValue
        value = t.value?.exactText
        isFinal = t.isFinal
        importId = importID
    }

    var target: Target? {
        guard let p = Pollutant(rawValue: pollutant), let k = TargetKind(rawValue: kind),
            let base = Decimal(exactText: baseConcentration)
        else { return nil }
        return Target(
            areaCode: areaCode, year: year, pollutant: p, baseYear: baseYear, baseConcentration: base, kind: k,
            value: value.flatMap(Decimal.init(exactText:)), isFinal: isFinal)
    }

    var entry: TargetEntry? {
        target.map { TargetEntry(target: $0, withdrawnAt: withdrawnAt, withdrawalReason: withdrawalReason) }
    }
}
