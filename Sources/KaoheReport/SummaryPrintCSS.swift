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
    /// The protected literals as a trie over Unicode scalars; `rank` is a literal's place in the
    /// alternation order (longest first), lower winning.
    private var children: [[Unicode.Scalar: Int]] = [[:]]
    private var rank: [Int?] = [nil]

    /// `words` are further literals to protect, e.g. the monthly notice's status words (预警, 严重滞后).
    init(unitNames: [String], words: [String] = []) {
        // Longest first, so 不合格 wins over 合格 and 北川羌族自治县 over any shorter name inside it.
        let literals = (unitNames + words + PrintText.unbroken).filter { !$0.isEmpty }
            .sorted { ($0.count, $0) > ($1.count, $1) }
        for (order, literal) in literals.enumerated() {
            var node = 0
            for scalar in literal.unicodeScalars {
                if let next = children[node][scalar] {
                    node = next
                } else {
                    children.append([:])
                    rank.append(nil)
                    children[node][scalar] = children.count - 1
                    node = children.count - 1
                }
            }
            if rank[node] == nil { rank[node] = order }
        }
    }

    /// `text` escaped for HTML, with every protected word in a no-break span.
    func html(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        // Each scalar's UTF-8 offset, so a piece is a copy of the text's bytes rather than scalars appended
        // one by one; and whether it is a decimal digit, decided once (issue 14: both showed in the HTML step).
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        let isDigit = scalars.map(Self.isDecimalDigit)
        let utf8 = Array(text.utf8)
        func piece(_ range: Range<Int>) -> String { String(decoding: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self) }
        var out = ""
        var last = 0, p = 0
        while p < scalars.count {
            guard let end = match(scalars, isDigit, at: p) else {
                p += 1
                continue
            }
            out += SummaryRender.esc(piece(last..<p))
            out += "<span class=\"nb\">" + SummaryRender.esc(piece(p..<end)) + "</span>"
            last = end
            p = end
        }
        return out + SummaryRender.esc(piece(last..<scalars.count))
    }

    /// The end of the protected word starting at `p`, trying what the expression tried in its order:
    /// `\d{4}年\d{1,2}月\d{1,2}日`, `\d{4}-\d{2}-\d{2}`, `\d+(?:\.\d+)?(?:微克/立方米|μg/m³|%|分|个|天)`,
    /// then the literals (among those matching at `p`, the earliest in the alternation).
    private func match(_ s: [Unicode.Scalar], _ isDigit: [Bool], at p: Int) -> Int? {
        func digit(_ i: Int) -> Bool { i < s.count && isDigit[i] }
        func isChar(_ i: Int, _ c: Unicode.Scalar) -> Bool { i < s.count && s[i] == c }
        func digits(_ i: Int, _ n: Int) -> Bool { (i..<(i + n)).allSatisfy(digit) }
        /// `\d{1,2}` then `c` from `i` (greedy, backtracking to one digit): the index after `c`.
        func oneOrTwo(_ i: Int, then c: Unicode.Scalar) -> Int? {
            if digits(i, 2) && isChar(i + 2, c) { return i + 3 }
            if digit(i) && isChar(i + 1, c) { return i + 2 }
            return nil
        }
        if digits(p, 4) && isChar(p + 4, PrintText.year), let m = oneOrTwo(p + 5, then: PrintText.month), let d = oneOrTwo(m, then: PrintText.day) { return d }
        if digits(p, 4) && isChar(p + 4, "-") && digits(p + 5, 2) && isChar(p + 7, "-") && digits(p + 8, 2) { return p + 10 }
        if digit(p) {
            var q = p
            while digit(q) { q += 1 }
            // A fraction is taken greedily; no unit below starts with a digit or ".", so giving digits back
            // never lets the expression match where this does not.
            if isChar(q, "."), digit(q + 1) {
                q += 1
                while digit(q) { q += 1 }
            }
            for unit in Self.units where q + unit.count <= s.count && Array(s[q..<(q + unit.count)]) == unit { return q + unit.count }
        }
        var node = 0, best: (rank: Int, end: Int)?
        var i = p
        while i < s.count, let next = children[node][s[i]] {
            node = next
            i += 1
            if let r = rank[node], best.map({ r < $0.rank }) ?? true { best = (r, i) }
        }
        return best?.end
    }

    /// `\d` is any decimal digit (Unicode Nd), as in ICU; ASCII and the CJK blocks U+2E80–U+9FFF (which
    /// have no Nd character, `NoBreakTests` checks every one) are decided without the property table.
    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (0x30...0x39).contains(v) }
        if (0x2E80...0x9FFF).contains(v) { return false }
        return scalar.properties.generalCategory == .decimalNumber
    }

    private static let units: [[Unicode.Scalar]] = PrintText.numberUnits.map { Array($0.unicodeScalars) }
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
