import ArgumentParser

/// Help text (abstracts, discussions) in the language of the command line: Chinese by default, English
/// with `--lang en` anywhere on the line (issue 12, item 26). ArgumentParser's own headings (USAGE,
/// OPTIONS) stay in English.
func helpText(_ zh: String, _ en: String) -> String { CLIError.language == .en ? en : zh }

/// An option's or argument's help in the language of the command line.
func optionHelp(_ zh: String, _ en: String) -> ArgumentHelp { ArgumentHelp(helpText(zh, en)) }
