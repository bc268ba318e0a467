import HummingbirdBcrypt

/// Password hashing and the one-time initial passwords of portal accounts (issue 19, D-116).
///
/// bcrypt with a cost of 12 by default (about a quarter of a second per hash on one core, so a stolen hash
/// is slow to guess); tests pass a lower cost. The plain password is never stored or logged.
public enum Passwords {
    /// The bcrypt cost (log2 of the rounds) used for real accounts.
    public static let defaultCost: UInt8 = 12
    /// The fewest characters a chosen password may have.
    public static let minimumLength = 10
    /// Letters and digits that cannot be mistaken for one another when read aloud or copied (no 0/O, 1/l/I).
    static let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    /// A bcrypt hash of `password`.
    public static func hash(_ password: String, cost: UInt8 = defaultCost) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` matches the stored bcrypt `hash`.
    public static func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// A fresh one-time password of 16 characters from the system's secure random source (about 93 bits).
    public static func initial() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Why a password a user chooses is refused, or nil when it is acceptable.
    public static func problem(_ password: String, name: String, previous: String?) -> PasswordProblem? {
        if password.count < minimumLength { return .tooShort }
        if password.count > 200 { return .tooLong }
        if password.lowercased().contains(name.lowercased()) { return .containsName }
        if password == previous { return .unchanged }
        if Set(password).count < 4 { return .tooSimple }
        return nil
    }
}
