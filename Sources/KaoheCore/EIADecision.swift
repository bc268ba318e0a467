import Foundation

/// The answer to "may this project's EIA approval proceed in this unit on this day?" (R-19(b), R-20, R-22).
public struct EIADecision: Sendable, Hashable {
    /// Why the answer is what it is.
    public enum Ground: String, Sendable, Hashable, Codable {
        /// A freeze is in force and the project adds air-pollutant emissions: blocked.
        case frozen
        /// A freeze is in force, but livelihood and energy-saving projects are exempt.
        case exempt
        /// A freeze is in force, but a project adding no air-pollutant emissions is outside it.
        case outsideFreeze
        /// No freeze is in force in the unit on that day.
        case noFreeze
    }

    public var area: Area
    public var category: ProjectCategory
    public var day: Day
    public var ground: Ground
    /// The freezes in force in the unit on `day`, oldest first.
    public var freezes: [Freeze]
    public var ruleIDs: [String]

    public var allowed: Bool { ground != .frozen }

    /// Decides from the unit's freezes (any of them, lifted or not; only those in force on `day` count).
    public static func decide(area: Area, category: ProjectCategory, on day: Day, freezes: [Freeze]) -> EIADecision {
        // Issue 21: a freeze binds its own unit and the unit that carries it after a rename or recode, so asking
        // under the old code after the change is still answered with the freeze (D-62).
        let inForce = freezes.filter { ($0.area.code == area.code || $0.heldBy?.code == area.code) && $0.isInForce(on: day) }.sorted { $0.startedOn < $1.startedOn }
        let ground: Ground
        let rules: [String]
        switch (inForce.isEmpty, category) {
        case (true, _):
            ground = .noFreeze
            rules = ["R-19(b)", "R-22"]
        case (false, .livelihood), (false, .energySaving):
            ground = .exempt
            rules = ["R-19(b)", "R-20", "R-22"]
        case (false, .noNewEmissions):
            ground = .outsideFreeze
            rules = ["R-19(b)", "R-20", "R-22"]
        case (false, .emitting):
            ground = .frozen
            rules = ["R-19(b)", "R-22"]
        }
        return EIADecision(area: area, category: category, day: day, ground: ground, freezes: inForce, ruleIDs: rules)
    }
}
