extension StationFiles {
    /// The station list's columns: `监测点编码,监测点名称,城市,经度,纬度,对照点`.
    static let listFields = [
        Field(chinese: "监测点编码", alias: "station_code", required: true),
        Field(chinese: "监测点名称", alias: "station_name", required: true),
        Field(chinese: "城市", alias: "city", required: true),
        Field(chinese: "经度", alias: "longitude", required: false),
        Field(chinese: "纬度", alias: "latitude", required: false),
        Field(chinese: "对照点", alias: "background", required: true),
    ]

    /// The mapping's columns: `监测点编码,区域代码,起始日期,截止日期`.
    static let mappingFields = [
        Field(chinese: "监测点编码", alias: "station_code", required: true),
        Field(chinese: "区域代码", alias: "area_code", required: true),
        Field(chinese: "起始日期", alias: "from", required: true),
        Field(chinese: "截止日期", alias: "to", required: false),
    ]
}
