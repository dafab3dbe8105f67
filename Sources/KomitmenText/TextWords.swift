/// The phrases of KomitmenText: what the diagnostic formatter adds around a message.
/// CONTRIBUTING.md, "Languages".
public enum TextWords {
    public static let hintPrefix = Phrase(en: "hint: ", id: "saran: ")
}
