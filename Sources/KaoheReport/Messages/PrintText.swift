/// The Chinese words of the print layout: the face names of the CSS font stacks (GB/T 9704-2012) and the
/// words a printed notice never breaks (`NoBreak`).
enum PrintText {
    /// The font stacks of the print CSS's `:root`, official face names first, each line indented two spaces.
    static let fontStacks = """
          --fangsong: "FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Noto Serif SC", serif;
          --xiaobiaosong: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", "Noto Serif CJK SC", "Noto Serif SC", serif;
          --hei: "SimHei", "黑体", "Noto Sans CJK SC", "Noto Sans SC", sans-serif;
          --kai: "KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", serif;
          --song: "SimSun", "宋体", "Noto Serif CJK SC", "Noto Serif SC", serif;
        """

    /// Words kept unbroken wherever they appear: the grade words and the units written in brackets.
    static let unbroken = ["不合格", "优秀", "良好", "合格", "（微克/立方米）", "（万元）", "μg/m³"]

    /// The characters of a date in running text, "2016年3月15日".
    static let year: Unicode.Scalar = "年"
    static let month: Unicode.Scalar = "月"
    static let day: Unicode.Scalar = "日"

    /// The units kept with the number before them, "94微克/立方米", "5.9%", "3个".
    static let numberUnits = ["微克/立方米", "μg/m³", "%", "分", "个", "天"]
}
