/// The version of kaohe, printed by `kaohe --version`; the one place it is written.
public enum KaoheVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
