import Foundation

/// Wraps the words a printed notice must never break — grade words, dates, unit names, the document number
/// — in `<span class="nb">` (white-space: nowrap), escaping everything for HTML.
///
/// The protected words are found by a scan written by hand rather than one regular expression
/// alternating over every unit name: at 3,000 units that expression made `summary --format html` take
/// 50 s, ICU trying each name at each position (issue 14, D-94). The scan finds exactly
/// what the expression `dates | literals` (ordered alternation, leftmost match first) found; a test
/// compares the two on the notice's texts and on random ones.
struct NoBreak: Sendable {
    /// The protected literals as a trie over their UTF-8 bytes, flattened into arrays (issue 14, D-172): node
    /// `n`'s edges are `edgeByte[edgeStart[n]..<edgeStart[n + 1]]`, sorted, leading to `edgeChild` at the same
    /// places; `rank[n]` is the place in the alternation order (longest first, lower winning) of the literal
    /// ending at `n`, or −1. A match over bytes is a match over scalars: UTF-8 writes each scalar as its own
    /// bytes, so a literal's bytes met in a text are the literal's scalars, ending at a scalar's end.
    private let edgeStart: [Int32]
    private let edgeByte: [UInt8]
    private let edgeChild: [Int32]
    private let rank: [Int32]

    /// `words` are further literals to protect, e.g. the monthly notice's status words (预警, 严重滞后).
    init(unitNames: [String], words: [String] = []) {
        // Longest first, so 不合格 wins over 合格 and 北川羌族自治县 over any shorter name inside it.
        let literals = (unitNames + words + PrintText.unbroken).filter { !$0.isEmpty }
            .sorted { ($0.count, $0) > ($1.count, $1) }
        var children: [[UInt8: Int32]] = [[:]]
        var rank: [Int32] = [-1]
        for (order, literal) in literals.enumerated() {
            var node = 0
            for byte in literal.utf8 {
                if let next = children[node][byte] {
                    node = Int(next)
                } else {
                    children.append([:])
                    rank.append(-1)
                    children[node][byte] = Int32(children.count - 1)
                    node = children.count - 1
                }
            }
            if rank[node] < 0 { rank[node] = Int32(order) }
        }
        var start: [Int32] = [0], bytes: [UInt8] = [], child: [Int32] = []
        start.reserveCapacity(children.count + 1)
        for edges in children {
            for (byte, next) in edges.sorted(by: { $0.key < $1.key }) {
                bytes.append(byte)
                child.append(next)
            }
            start.append(Int32(bytes.count))
        }
        edgeStart = start
        edgeByte = bytes
        edgeChild = child
        self.rank = rank
    }

    /// `text` escaped for HTML, with every protected word in a no-break span.
    func html(_ text: String) -> String {
        var text = text
        return text.withUTF8 { html($0) } ?? SummaryRender.esc(text)
    }

    /// The same over the text's bytes; nil when no word is protected (the caller escapes the text whole).
    private func html(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        var last = 0, p = 0
        while p < b.count {
            guard let end = match(b, at: p) else {
                p = Self.next(b, p)
                continue
            }
            if out.isEmpty { out.reserveCapacity(b.count + 64) }
            Self.escape(b, last..<p, into: &out)
            out.append(contentsOf: Self.open)
            Self.escape(b, p..<end, into: &out)
            out.append(contentsOf: Self.close)
            last = end
            p = end
        }
        guard last > 0 || !out.isEmpty else { return nil }
        Self.escape(b, last..<b.count, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static let open = Array("<span class=\"nb\">".utf8), close = Array("</span>".utf8)

    /// Appends `b[range]` as `SummaryRender.esc` escapes that piece: byte by byte when no special character
    /// touches a non-ASCII byte; otherwise through `esc` itself, which compares whole characters (a `"`
    /// followed by a combining mark is one character, not a quote, and stays as it is).
    private static func escape(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
        var plain = true
        for i in range where isSpecial(b[i]) {
            if (i > range.lowerBound && b[i - 1] >= 0x80) || (i + 1 < range.upperBound && b[i + 1] >= 0x80) {
                plain = false
                break
            }
        }
        guard plain else {
            out.append(contentsOf: SummaryRender.esc(String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)).utf8)
            return
        }
        for i in range {
            switch b[i] {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(b[i])
            }
        }
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// The index after the scalar starting at `i` (the text is valid UTF-8, as every `String` is).
    private static func next(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let lead = b[i]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return min(i + width, b.count)
    }

    /// The scalar starting at `i`.
    private static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        let lead = UInt32(b[i])
        if lead < 0x80 { return lead }
        func cont(_ k: Int) -> UInt32 { i + k < b.count ? UInt32(b[i + k]) & 0x3F : 0 }
        if lead < 0xE0 { return (lead & 0x1F) << 6 | cont(1) }
        if lead < 0xF0 { return (lead & 0x0F) << 12 | cont(1) << 6 | cont(2) }
        return (lead & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3)
    }

    /// The end of the protected word starting at `p`, trying what the expression tried in its order:
    /// `\d{4}年\d{1,2}月\d{1,2}日`, `\d{4}-\d{2}-\d{2}`, `\d+(?:\.\d+)?(?:微克/立方米|μg/m³|%|分|个|天)`,
    /// then the literals (among those matching at `p`, the earliest in the alternation).
    private func match(_ b: UnsafeBufferPointer<UInt8>, at p: Int) -> Int? {
        /// The index after the decimal digit starting at `i`, nil when none starts there.
        func digit(_ i: Int) -> Int? {
            guard i < b.count else { return nil }
            let lead = b[i]
            if lead < 0x80 { return lead >= 0x30 && lead <= 0x39 ? i + 1 : nil }
            guard let u = Unicode.Scalar(Self.scalar(b, i)), Self.isDecimalDigit(u) else { return nil }
            return Self.next(b, i)
        }
        /// The index after `n` digits from `i`.
        func digits(_ i: Int, _ n: Int) -> Int? {
            var q = i
            for _ in 0..<n {
                guard let r = digit(q) else { return nil }
                q = r
            }
            return q
        }
        /// The index after `c` when it starts at `i`.
        func char(_ i: Int, _ c: [UInt8]) -> Int? {
            guard i + c.count <= b.count else { return nil }
            for k in 0..<c.count where b[i + k] != c[k] { return nil }
            return i + c.count
        }
        /// `\d{1,2}` then `c` from `i` (greedy, backtracking to one digit): the index after `c`.
        func oneOrTwo(_ i: Int, then c: [UInt8]) -> Int? {
            guard let one = digit(i) else { return nil }
            if let two = digit(one), let end = char(two, c) { return end }
            return char(one, c)
        }
        if let first = digit(p) {
            if let y = digits(p, 4) {
                if let m = char(y, Self.year), let d = oneOrTwo(m, then: Self.month), let end = oneOrTwo(d, then: Self.day) { return end }
                if let h = char(y, Self.dash), let mm = digits(h, 2), let h2 = char(mm, Self.dash), let end = digits(h2, 2) { return end }
            }
            var q = first
            while let r = digit(q) { q = r }
            // A fraction is taken greedily; no unit below starts with a digit or ".", so giving digits back
            // never lets the expression match where this does not.
            if let dot = char(q, Self.dot), var f = digit(dot) {
                while let r = digit(f) { f = r }
                q = f
            }
            for unit in Self.units { if let end = char(q, unit) { return end } }
        }
        var node = 0, best: (rank: Int32, end: Int)?
        var i = p
        walk: while i < b.count {
            let byte = b[i]
            var e = Int(edgeStart[node])
            let stop = Int(edgeStart[node + 1])
            while e < stop {
                let edge = edgeByte[e]
                if edge == byte { break }
                if edge > byte { break walk }
                e += 1
            }
            guard e < stop else { break }
            node = Int(edgeChild[e])
            i += 1
            let r = rank[node]
            if r >= 0, best.map({ r < $0.rank }) ?? true { best = (r, i) }
        }
        return best?.end
    }

    /// `\d` is any decimal digit (Unicode Nd), as in ICU. Decided without the property table where the answer
    /// is known (`NoBreakTests` checks every scalar): ASCII; nothing below U+0660 (Latin, Greek, Cyrillic …)
    /// nor from U+1C5A to U+A61F (punctuation, symbols, the CJK blocks) is Nd; of the full-width forms
    /// U+FF00–U+FFEF only ０ to ９ are (the table showed in the HTML step for full-width punctuation, issue 14).
    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (0x30...0x39).contains(v) }
        if v < 0x660 || (0x1C5A...0xA61F).contains(v) { return false }
        if (0xFF00...0xFFEF).contains(v) { return (0xFF10...0xFF19).contains(v) }
        return scalar.properties.generalCategory == .decimalNumber
    }

    private static let units: [[UInt8]] = PrintText.numberUnits.map { Array($0.utf8) }
    private static let year = Array(String(PrintText.year).utf8), month = Array(String(PrintText.month).utf8)
    private static let day = Array(String(PrintText.day).utf8), dash = Array("-".utf8), dot = Array(".".utf8)
}

extension SummaryRender {
    /// Print layout after GB/T 9704-2012 (党政机关公文格式): A4; 天头 37 mm, 订口 28 mm, so the type area is
    /// 156 × 225 mm; 3号 (16 pt) 仿宋 body at 22 lines of 28 characters (line pitch 225/22 = 10.23 mm, letter
    /// spacing (156 − 28 × 5.644) / 28 ≈ −0.08 mm); 2号 (22 pt) 小标宋 title; 黑体 and 楷体 headings;
    /// 4号 (14 pt) 宋体 page numbers "— 1 —", odd pages right and even pages left, one character in.
    /// Official face names come first in each stack, then the free Noto CJK (and AR PL UKai) fallbacks that
    /// `scripts/install-deps --fonts` installs.
    static let css = """
        :root {
        \(PrintText.fontStacks)
          --line: 10.227mm;
        }
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        @page :right { @bottom-right { content: "— " counter(page) " —"; font-family: var(--song); font-size: 14pt;
          vertical-align: top; padding-top: 7mm; margin-right: 14pt; } }
        @page :left { @bottom-left { content: "— " counter(page) " —"; font-family: var(--song); font-size: 14pt;
          vertical-align: top; padding-top: 7mm; margin-left: 14pt; } }
        @page landscape { size: A4 landscape; margin: 28mm 37mm 26mm 35mm; }
        @page landscape:right { @bottom-right { content: "— " counter(page) " —"; font-family: var(--song); font-size: 14pt;
          vertical-align: top; padding-top: 7mm; margin-right: 14pt; } }
        @page landscape:left { @bottom-left { content: "— " counter(page) " —"; font-family: var(--song); font-size: 14pt;
          vertical-align: top; padding-top: 7mm; margin-left: 14pt; } }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; color: #000; background: #fff; font-family: var(--fangsong); font-size: 16pt; line-height: var(--line);
          letter-spacing: -0.08mm; }
        main.notice, section { width: 156mm; margin: 0 auto; }
        .nb { white-space: nowrap; }
        p { margin: 0; text-indent: 2em; text-align: justify; orphans: 2; widows: 2; }
        .masthead { text-align: center; border-bottom: 0.35mm solid #c00; padding-bottom: 4mm; margin-bottom: calc(2 * var(--line)); }
        .masthead p { text-indent: 0; text-align: center; }
        h1 { font-family: var(--xiaobiaosong); font-weight: bold; font-size: 22pt; line-height: 1.45; text-align: center; margin: 0 0 var(--line);
          letter-spacing: 0; }
        p.to { text-indent: 0; }
        h2 { font-family: var(--hei); font-weight: normal; font-size: 16pt; margin: 0; text-indent: 2em; break-after: avoid; }
        h3 { font-family: var(--kai); font-weight: normal; font-size: 16pt; margin: 0; text-indent: 2em; break-after: avoid; }
        table { border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 1.5; letter-spacing: 0; margin: 2mm 0 var(--line); }
        th, td { border: 0.5pt solid #000; padding: 0.5mm 1.5mm; text-align: left; vertical-align: middle; }
        th { font-family: var(--hei); font-weight: normal; white-space: nowrap; }
        th.wrap { white-space: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        .attach-note { margin-top: var(--line); }
        .attach-note p.first { padding-left: 7em; text-indent: -5em; }
        .attach-note p.more { padding-left: 7em; text-indent: -2em; }
        .closing { break-inside: avoid; }
        .sign { margin-top: var(--line); text-align: right; padding-right: 2em; }
        .sign p { text-indent: 0; text-align: right; }
        .foot { margin-top: var(--line); border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000; font-size: 14pt;
          line-height: 1.6; padding: 1mm 0; break-inside: avoid; }
        .foot p { text-indent: 0; padding: 0 1em; }
        .foot .cc { padding-left: 4em; text-indent: -3em; border-bottom: 0.25mm solid #000; padding-bottom: 1mm; margin-bottom: 1mm; }
        .foot .printed { display: flex; justify-content: space-between; }
        section.attachment, section.afterword { break-before: page; }
        section.landscape { page: landscape; width: 225mm; }
        .attach-label { font-family: var(--hei); text-indent: 0; }
        h1.attach-title { font-size: 18pt; margin-bottom: 4mm; }
        section.landscape dl, section.landscape ul, section.landscape ol { font-size: 10.5pt; line-height: 1.5; }
        section.landscape table { font-size: 9pt; line-height: 1.3; margin-bottom: 3mm; }
        section.landscape th, section.landscape td { padding: 0.3mm 1.2mm; }
        section.landscape td:first-child, section.landscape td:nth-child(2) { white-space: nowrap; }
        section.landscape p, section.landscape li { font-size: 12pt; line-height: 1.6; }
        section.landscape h2, section.landscape h3 { line-height: 1.8; margin-top: 2mm; }
        dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0 0 4mm; }
        dl.fields dt { font-family: var(--hei); }
        dl.fields dd { margin: 0; overflow-wrap: anywhere; }
        ol.steps { padding-left: 7mm; }
        figure { margin: 3mm 0; break-inside: avoid; }
        figcaption { font-family: var(--hei); font-size: 12pt; margin-bottom: 1mm; }
        svg { display: block; width: 100%; height: auto; }
        svg text { font-family: var(--song); }
        .draft { text-indent: 0; text-align: center; font-family: var(--hei); color: #c53030; border: 1pt solid #c53030; margin-bottom: 4mm; }
        .watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; font-size: 64pt; font-weight: bold;
          color: rgba(197, 48, 48, 0.12); transform: rotate(-30deg); pointer-events: none; z-index: 10; }
        @media screen {
          body { background: #e2e8f0; padding: 8mm 0; }
          main.notice, section { background: #fff; padding: 37mm 26mm 35mm 28mm; width: 210mm; margin: 0 auto 8mm; }
          section.landscape { width: 297mm; padding: 28mm 37mm 26mm 35mm; }
        }
        """
}
