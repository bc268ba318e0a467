import KaoheCore
import ArgumentParser

/// Help text (abstracts, discussions) in the language of the command line: Chinese by default, English
/// with `--lang en` anywhere on the line (issue 12, item 26). ArgumentParser's own headings (USAGE,
/// OPTIONS) stay in English.
/// The text comes from the CLI's catalogue (issue 13 item 1).
func helpText(_ text: Bilingual) -> String { text.text(chinese: CLIError.language != .en) }

/// An option's or argument's help in the language of the command line, from the CLI's catalogue.
func optionHelp(_ text: Bilingual) -> ArgumentHelp { ArgumentHelp(helpText(text)) }
