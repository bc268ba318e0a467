import KaoheCore

/// A row of a report file, which goes into the group of its unit and year.
protocol ReportRow {
    var areaCode: String { get }
    var year: Int { get }
}

extension ReportSummary: ReportRow {}
extension KeyTaskScore: ReportRow {}
extension Project: ReportRow {}
extension Funding: ReportRow {}

/// The rows of a set of report files gathered into (part, unit, year) groups as they are read, with what the
/// duplicate check of `ReportFiles.parse` needs (R-13, issue 14).
///
/// Each accepted row is kept once, in its group. The batch used to hold every file's records, then every
/// row, then the groups made from them: three copies at once, 585 MB at 30,000 units. For each key given —
/// a summary's unit and year, a sub-indicator's code, a project's id, a funding source — only the file and
/// line where it was first given are kept: for an accepted row, beside the row (its key is the row's own
/// field); for a row refused for another problem, with the key, since such a row still makes a later one a
/// duplicate, as before.
struct ReportGrouper {
    private struct Key: Hashable {
        var part: ReportPart
        var area: String
        var year: Int
    }

    /// A key given on a refused row: its part below the group (code, id or source; empty for a summary) and
    /// its `place(file:line:)`.
    private struct Given {
        var sub: String
        var place: Int
    }

    /// Groups in the order their first key or row was met.
    private(set) var groups: [ReportPartRows] = []
    /// For each group, the place of each accepted row, in the order of its rows; `forgotten` for a row of a
    /// file found unreadable later.
    private var places: [[Int]] = []
    /// For each group, the keys of its refused rows.
    private var refused: [[Given]] = []
    /// Place by key, kept only for a group given more than `linearLimit` keys.
    private var lookup: [Int: [String: Int]] = [:]
    private var slots: [Key: Int] = [:]
    /// The group asked for last: consecutive rows are mostly one unit's, and this spares hashing their key.
    private var last: (key: Key, slot: Int)?
    /// The key of the row being read, once found new: it goes beside the row if the row is accepted, else
    /// among the refused keys.
    private var pending: (slot: Int, sub: String, place: Int)?
    /// How many rows of a group's kind to make room for at once: the rule set's sub-indicators for key tasks,
    /// so a unit's full list of key tasks takes no more room than it needs (a third more, grown by doubling).
    let keyTaskCapacity: Int
    private static let linearLimit = 32
    private static let forgotten = -1

    init(keyTaskCapacity: Int) { self.keyTaskCapacity = keyTaskCapacity }

    /// Lines up to 2^40 and file indexes packed in one integer, to keep a key's place in 8 bytes.
    private static func place(file: Int, line: Int) -> Int { file << 40 | line }

    /// The index of the group of `part` for `area` and `year`, made empty when new.
    mutating func slot(_ part: ReportPart, _ area: String, _ year: Int) -> Int {
        let key = Key(part: part, area: area, year: year)
        if let last, last.key == key { return last.slot }
        let slot: Int
        if let found = slots[key] {
            slot = found
        } else {
            slot = groups.count
            groups.append(ReportPartRows(areaCode: area, year: year, part: part, files: []))
            places.append([])
            refused.append([])
            slots[key] = slot
        }
        last = (key, slot)
        return slot
    }

    /// The key of accepted row `i` of a group.
    private func sub(of group: ReportPartRows, _ i: Int) -> String {
        switch group.part {
        case .quality: ""
        case .keyTasks: group.keyTasks[i].code
        case .projects: group.projects[i].projectID
        case .funding: group.funding[i].source.rawValue
        }
    }

    /// Every key given in group `slot` with its place, for its index.
    private func index(_ slot: Int) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, place) in places[slot].enumerated() where place != Self.forgotten { index[sub(of: groups[slot], i)] = place }
        for g in refused[slot] where index[g.sub] == nil { index[g.sub] = g.place }
        return index
    }

    /// Where `sub` was first given in group `slot` (file index and line), or nil after noting it as given
    /// here, on the row being read (`add` or `rejected` then says where the note goes).
    mutating func earlier(slot: Int, sub: String, file: Int, line: Int) -> (file: Int, line: Int)? {
        var found: Int?
        if let index = lookup[slot] {
            found = index[sub]
        } else {
            let group = groups[slot]
            for (i, place) in places[slot].enumerated() where place != Self.forgotten && self.sub(of: group, i) == sub {
                found = place
                break
            }
            if found == nil { found = refused[slot].first { $0.sub == sub }?.place }
        }
        if let found { return (found >> 40, found & (1 << 40 - 1)) }
        pending = (slot, sub, Self.place(file: file, line: line))
        return nil
    }

    /// Adds an accepted row to group `slot`, noting `file` among the group's files and its key's place.
    mutating func add(to slot: Int, file: String, _ body: (inout ReportPartRows) -> Void) {
        if !groups[slot].files.contains(file) { groups[slot].files.append(file) }
        if groups[slot].part == .keyTasks, groups[slot].keyTasks.isEmpty { groups[slot].keyTasks.reserveCapacity(keyTaskCapacity) }
        body(&groups[slot])
        // Every accepted row had its key noted by `earlier`: a row whose key was given before is refused.
        guard let pending, pending.slot == slot else { preconditionFailure("an accepted report row without its key") }
        self.pending = nil
        if places[slot].isEmpty, groups[slot].part == .keyTasks { places[slot].reserveCapacity(keyTaskCapacity) }
        places[slot].append(pending.place)
        note(pending.sub, at: pending.place, in: slot)
    }

    /// Notes the key of a refused row, which still counts for the rows after it.
    mutating func rejected() {
        guard let pending else { return }
        self.pending = nil
        refused[pending.slot].append(Given(sub: pending.sub, place: pending.place))
        note(pending.sub, at: pending.place, in: pending.slot)
    }

    private mutating func note(_ sub: String, at place: Int, in slot: Int) {
        if lookup[slot] != nil {
            lookup[slot]![sub] = place
        } else if places[slot].count + refused[slot].count > Self.linearLimit {
            lookup[slot] = index(slot)
        }
    }

    /// Forgets the keys a file gave, for a file found unreadable after some of its rows were read: as before
    /// streaming, such a file contributes no key to the duplicate check of the files after it.
    mutating func forget(file: Int) {
        pending = nil
        for slot in groups.indices {
            var changed = false
            for i in places[slot].indices where places[slot][i] != Self.forgotten && places[slot][i] >> 40 == file {
                places[slot][i] = Self.forgotten
                changed = true
            }
            if refused[slot].contains(where: { $0.place >> 40 == file }) {
                refused[slot].removeAll { $0.place >> 40 == file }
                changed = true
            }
            if changed, lookup[slot] != nil { lookup[slot] = index(slot) }
        }
    }

    /// The groups that received rows, ordered by unit, year and part so versions are created in a stable order;
    /// leaves the grouper empty.
    ///
    /// The keys are let go first and the groups are put in order where they are, through a sorted list of
    /// indexes, so no second copy of the groups exists at the batch's largest (issue 14).
    mutating func takeSortedGroups() -> [ReportPartRows] {
        places = []
        refused = []
        lookup = [:]
        slots = [:]
        last = nil
        var groups = self.groups
        self.groups = []
        groups.removeAll { $0.files.isEmpty }
        let order = Dictionary(uniqueKeysWithValues: ReportPart.allCases.enumerated().map { ($1, $0) })
        let sorted = groups.indices.sorted {
            (groups[$0].areaCode, groups[$0].year, order[groups[$0].part]!) < (groups[$1].areaCode, groups[$1].year, order[groups[$1].part]!)
        }
        // Position i receives the group now at sorted[i]: follow each cycle of the permutation once.
        var placed = [Bool](repeating: false, count: sorted.count)
        for start in sorted.indices where !placed[start] {
            var i = start
            while sorted[i] != start {
                groups.swapAt(i, sorted[i])
                placed[i] = true
                i = sorted[i]
            }
            placed[i] = true
        }
        return groups
    }
}
