import Foundation
import KaoheCore

/// `kaohe settings show` and `settings history` as text for the terminal.
public enum DocumentSettingsText {
    /// Each field with the value in force, marked when it is this tool's default (never official).
    public static func show(_ settings: DocumentSettings, lang: Language) -> String {
        var out = ""
        for field in DocumentSettings.Field.allCases {
            let label = DocumentSettings.label(field)
            let mark = settings.isDefault(field) ? lang.pick(ListText.defaultMark) : ""
            let value = settings.value(field).split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: "\n" + String(repeating: " ", count: 4))
            out += lang.pick(ListText.settingLabel(Bilingual(label.zh, label.en), key: field.rawValue, mark: mark)) + "\n    " + terminalSafeLines(value) + "\n"
        }
        return out
    }

    /// Every recorded change, oldest first: when, who, which field, the new value (or the reset to default).
    public static func history(_ changes: [DocumentSettingChange], lang: Language) -> String {
        if changes.isEmpty { return lang.pick(ListText.noSettings) }
        var table = TextTable(
            headers: lang.pick(ListText.settingHeaders),
            alignments: [.right, .left, .left, .left, .left])
        for c in changes {
            let label = DocumentSettings.label(c.field)
            let value = c.value.map { $0.replacingOccurrences(of: "\n", with: " / ") } ?? lang.pick(ListText.reset)
            table.append([String(c.id), c.setAt, Labels.recorder(c.setBy, lang), lang.pick(label.zh, label.en), value])
        }
        return table.render()
    }

    /// Control characters of stored text made harmless line by line, keeping the line breaks.
    static func terminalSafeLines(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { terminalSafe(String($0)) }.joined(separator: "\n")
    }
}
