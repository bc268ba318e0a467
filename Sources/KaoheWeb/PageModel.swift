import KaoheReport

/// What one page shows, filled by a route and rendered by the layout template (escaping every value).
///
/// Pages are built from a few shapes — messages, paragraphs, lists, tables, forms, links — so every route
/// renders through one template and no route writes HTML (issue 19).
struct Page {
    var title: String
    var messages: [Message] = []
    var paragraphs: [String] = []
    var lists: [ItemList] = []
    var tables: [Table] = []
    var forms: [Form] = []
    var links: [Link] = []

    struct Message { var text: String; var kind: String }
    struct ItemList { var caption: String; var items: [String] }
    struct Link { var href: String; var label: String }

    struct Table {
        struct Row { var cells: [String] }
        var caption: String
        var headers: [String]
        var rows: [Row]
        /// Shown instead of the table when it has no rows.
        var empty: String?
        /// Stored, not computed: the template engine reads stored properties only.
        var hasRows: Bool
        /// Paragraphs after the table (a published year awaiting correction, D-159); escaped by the template.
        var notes: [String] = []

        init(caption: String, headers: [String], rows: [[String]], empty: String? = nil) {
            self.caption = caption
            self.headers = headers
            self.rows = rows.map { Row(cells: $0) }
            self.empty = rows.isEmpty ? empty : nil
            self.hasRows = !rows.isEmpty
        }

        /// A list command's table (KaoheReport), shown with the same cells as the terminal.
        init(_ list: ListTable, caption: String? = nil, empty: String? = nil) {
            self.init(caption: caption ?? list.title, headers: list.table.header, rows: list.table.rows.map { $0.map(\.shown) }, empty: empty)
        }
    }

    struct Form {
        struct Option { var value: String; var label: String; var selected: Bool }
        struct Field {
            var label: String
            var name: String
            var type: String
            var value: String
            var options: [Option]
            var required: Bool
            // Stored, not computed: the template engine reads stored properties only.
            var isSelect: Bool
            var isCheckbox: Bool
            var isInput: Bool

            init(label: String, name: String, type: String = "text", value: String = "", options: [Option] = [], required: Bool = false) {
                self.label = label
                self.name = name
                self.type = type
                self.value = value
                self.options = options
                self.required = required
                self.isSelect = type == "select"
                self.isCheckbox = type == "checkbox"
                self.isInput = !isSelect && !isCheckbox
            }
        }
        var action: String
        var title: String
        var submit: String
        var csrf: String
        var multipart = false
        var fields: [Field]
    }
}
