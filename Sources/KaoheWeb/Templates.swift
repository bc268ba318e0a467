import Mustache

/// The portal's templates, compiled into the binary (no file is read at run time) and the stylesheet.
///
/// Every value goes in with `{{…}}`, which the template engine HTML-escapes; the one triple-stache is
/// absent by design. No inline script or style: the CSP allows only this stylesheet (docs/security.md).
enum Templates {
    static let page = """
        <!DOCTYPE html>
        <html lang="{{htmlLang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{page.title}} · {{appName}}</title>
        <link rel="stylesheet" href="/static/site.css">
        </head>
        <body>
        <header>
        <a class="brand" href="/">{{appName}}</a>
        <nav>{{#nav}}<a href="{{href}}">{{label}}</a> {{/nav}}</nav>
        <div class="tools">{{#who}}<span class="who">{{who}}</span>{{/who}}
        <a class="lang" href="{{langHref}}">{{langLabel}}</a>
        {{#logoutCSRF}}<form method="post" action="/logout" class="inline"><input type="hidden" name="csrf" value="{{logoutCSRF}}"><button type="submit">{{logoutLabel}}</button></form>{{/logoutCSRF}}
        </div>
        </header>
        <main>
        {{#page}}
        <h1>{{title}}</h1>
        {{#messages}}<p class="msg {{kind}}">{{text}}</p>
        {{/messages}}
        {{#paragraphs}}<p>{{.}}</p>
        {{/paragraphs}}
        {{#lists}}<h2>{{caption}}</h2>
        <ul class="items">{{#items}}<li>{{.}}</li>{{/items}}</ul>
        {{/lists}}
        {{#tables}}<h2>{{caption}}</h2>
        {{#empty}}<p class="empty">{{empty}}</p>{{/empty}}
        {{#hasRows}}<div class="scroll"><table>
        <thead><tr>{{#headers}}<th>{{.}}</th>{{/headers}}</tr></thead>
        <tbody>{{#rows}}<tr>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
        {{/rows}}</tbody>
        </table></div>{{/hasRows}}
        {{#notes}}<p class="msg note">{{.}}</p>
        {{/notes}}
        {{/tables}}
        {{#forms}}<form method="post" action="{{action}}"{{#multipart}} enctype="multipart/form-data"{{/multipart}}>
        <h2>{{title}}</h2>
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#fields}}<label>{{#isCheckbox}}<input type="checkbox" name="{{name}}" value="yes"> {{/isCheckbox}}<span>{{label}}</span>
        {{#isInput}}<input type="{{type}}" name="{{name}}" value="{{value}}"{{#required}} required{{/required}}>{{/isInput}}
        {{#isSelect}}<select name="{{name}}">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select>{{/isSelect}}
        </label>
        {{/fields}}<button type="submit">{{submit}}</button>
        </form>
        {{/forms}}
        {{#links}}<p><a href="{{href}}">{{label}}</a></p>
        {{/links}}
        {{/page}}
        </main>
        </body>
        </html>

        """

    /// Readable on a phone: one column, large touch targets, tables scroll sideways; system fonts only.
    static let css = """
        *{box-sizing:border-box}
        body{margin:0;font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;line-height:1.5;color:#1a1a1a;background:#f6f6f4}
        header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.6rem 1rem;background:#7a1f1f;color:#fff}
        header a{color:#fff}
        .brand{font-weight:bold;text-decoration:none}
        nav a{margin-right:.8rem}
        .tools{margin-left:auto;display:flex;gap:.6rem;align-items:center}
        main{max-width:72rem;margin:0 auto;padding:1rem}
        h1{font-size:1.4rem}
        h2{font-size:1.1rem;margin-top:1.5rem}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;background:#fff;min-width:100%}
        th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#eee}
        form{background:#fff;border:1px solid #ddd;padding:.8rem;margin:1rem 0;max-width:36rem}
        form.inline{display:inline;border:0;padding:0;margin:0;background:none}
        label{display:block;margin:.5rem 0}
        label span{display:block;font-size:.9rem;color:#444}
        input,select,button{font-size:1rem;padding:.45rem;max-width:100%}
        input[type=text],input[type=password],input[type=date],input[type=number],select{width:100%}
        button{background:#7a1f1f;color:#fff;border:0;border-radius:3px;padding:.5rem 1rem;min-height:2.5rem}
        .msg{padding:.6rem;border-left:4px solid;white-space:pre-wrap}
        .msg.error{background:#fdecea;border-color:#b3261e}
        .msg.ok{background:#e8f5e9;border-color:#2e7d32}
        .msg.note{background:#fff8e1;border-color:#f9a825}
        ul.items li{font-family:ui-monospace,monospace;white-space:pre-wrap;word-break:break-word}
        .empty{color:#666}

        """

    /// The library holding the page template, parsed once at start.
    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        try library.register(page, named: "page")
        return library
    }
}
