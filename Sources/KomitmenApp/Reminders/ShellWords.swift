import KomitmenYAML

/// Splits a `--sendmail` command into its words the way a shell would for plain words and quotes,
/// and nothing more: no variables, globs, pipes or `;`, since no shell is ever run. `'…'` keeps
/// everything literally; `"…"` keeps everything but `\"` and `\\`; outside quotes `\` keeps the
/// next character; spaces and tabs separate words.
public enum ShellWords {
    public static func split(_ command: String) -> Result<[String], MailProblem> {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in command {
            if escaped {
                word.append(character)
                escaped = false
                continue
            }
            switch (quote, character) {
            case (nil, " "), (nil, "\t"):
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case (nil, "'"), (nil, "\""):
                quote = character
                inWord = true
            case (nil, "\\"), ("\"", "\\"):
                escaped = true
                inWord = true
            case ("'", "'"), ("\"", "\""):
                quote = nil
            case (_, "\n"), (_, "\r"), (_, "\0"):
                return .failure(
                    MailProblem(
                        AppWords.commandHoldsALineBreak))
            default:
                word.append(character)
                inWord = true
            }
        }
        if quote != nil || escaped {
            return .failure(
                MailProblem(
                    AppWords.commandHasUnclosedQuote))
        }
        if inWord { words.append(word) }
        guard !words.isEmpty else {
            return .failure(MailProblem(AppWords.commandIsEmpty))
        }
        return .success(words)
    }
}
