import KaoheCore

/// What the text decoder finds wrong with a file's bytes (UTF-8 or GB18030; D-9).
public enum DecodingIssue: Explained, Hashable {
    /// The input ends inside a character of `encoding` (its name; nil before the encoding was known).
    case endsInsideCharacter(encoding: String?)
    /// iconv cannot convert from `encoding` on this system.
    case cannotConvert(encoding: String)
    /// A byte that is not UTF-8 in a file that began as UTF-8.
    case mixedEncodings(bytes: [UInt8])
    /// Bytes that are not valid `encoding`; `notUTF8Either` when the file was judged GB18030.
    case invalid(bytes: [UInt8], encoding: String?, notUTF8Either: Bool)

    public var reason: Bilingual {
        switch self {
        case .endsInsideCharacter(let e):
            Bilingual("文件在一个\(e.map { " \($0) " } ?? "")字符的中间结束", "the file ends in the middle of a \(e ?? "text") character")
        case .cannotConvert(let e): Bilingual("本系统无法转换 \(e) 文本（iconv_open 失败）", "this system cannot convert \(e) text (iconv_open failed)")
        case .mixedEncodings(let b):
            Bilingual("\(bytesPhraseZh(b))不是有效的 UTF-8，而文件开头是 UTF-8（编码混用）",
                      "\(bytesPhrase(b)) not valid UTF-8, though the file began as UTF-8 (mixed encodings)")
        case .invalid(let b, let e, let notUTF8):
            Bilingual("\(bytesPhraseZh(b))不是有效的 \(e ?? "text")\(notUTF8 ? "（文件也不是 UTF-8）" : "")",
                      "\(bytesPhrase(b)) not valid \(e ?? "text")\(notUTF8 ? " (the file is not UTF-8 either)" : "")")
        }
    }

    public var fix: Bilingual? {
        switch self {
        case .endsInsideCharacter: Bilingual("文件似乎不完整，请重新导出", "the file looks cut off; export it again")
        case .cannotConvert: Bilingual("请安装 glibc 的 gconv 模块，或将文件另存为 UTF-8", "install the glibc gconv modules, or save the file as UTF-8")
        case .mixedEncodings, .invalid: Bilingual("请将文件另存为 UTF-8 或 GB18030", "save the file as UTF-8 or GB18030")
        }
    }
}

/// `字节 B1` or `字节 80 41`, the Chinese start of the sentence `bytesPhrase` starts in English.
func bytesPhraseZh<C: Collection<UInt8>>(_ bytes: C) -> String {
    "字节 " + hexWords(bytes).joined(separator: " ") + " "
}
