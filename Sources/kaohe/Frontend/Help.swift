import KaoheCore
import ArgumentParser

/// Help text (abstracts, discussions) in the language of the command line: Chinese by default, English
/// with `--lang en` anywhere on the line (issue 12, item 26). ArgumentParser's own headings (USAGE,
/// OPTIONS) stay in English.
func helpText(_ zh: String, _ en: String) -> String { CLIError.language == .en ? en : zh }

/// An option's or argument's help in the language of the command line.
func optionHelp(_ zh: String, _ en: String) -> ArgumentHelp { ArgumentHelp(helpText(zh, en)) }

/// A command's abstract or discussion from the CLI's catalogue (issue 13 item 1).
func helpText(_ text: Bilingual) -> String { helpText(text.zh, text.en) }

/// An option's or argument's help from the CLI's catalogue (issue 13 item 1).
func optionHelp(_ text: Bilingual) -> ArgumentHelp { optionHelp(text.zh, text.en) }
