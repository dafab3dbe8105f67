/// The pages' one stylesheet, served at `/assets/pages.css` (the policy admits no inline style):
/// one column on a phone, readable tables that scroll sideways, large touch targets. The bar's
/// white links are the header's alone (a page's own `nav`, its paging, keeps the link colour); a
/// diff wraps its long lines rather than scroll, so no region needs a keyboard to reach it.
enum PageStyle {
    static let css = """
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,"DejaVu Sans",sans-serif;color:#1b1f24;background:#f6f7f9}
        header{background:#14365d;color:#fff}
        nav{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;max-width:64rem;margin:0 auto;padding:.6rem 1rem}
        header nav a,header nav .who{color:#fff}
        nav button{background:none;border:1px solid #fff;color:#fff;padding:.2rem .6rem;min-height:auto}
        main{max-width:64rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem;margin:.5rem 0 1rem}
        h2{font-size:1.2rem}
        a{color:#0b5cad}
        .inline{display:inline}
        fieldset{border:1px solid #c9ced6;border-radius:6px;background:#fff;margin:0 0 1rem;padding:.8rem 1rem}
        legend{font-weight:700;padding:0 .3rem}
        label{display:block;font-weight:600}
        .check{display:inline-block;font-weight:400;margin-right:1rem}
        .help{color:#4a5361;font-size:.9rem;margin:.1rem 0 .4rem}
        input,select,textarea{font:inherit;width:100%;max-width:32rem;padding:.45rem;border:1px solid #8a94a3;border-radius:4px;background:#fff}
        input[type=checkbox]{width:auto}
        textarea{max-width:100%}
        button,.button{display:inline-block;font:inherit;min-height:2.6rem;padding:.45rem 1rem;border-radius:4px;border:1px solid #14365d;background:#fff;color:#14365d;text-decoration:none;cursor:pointer}
        button.primary,form.card button{background:#14365d;color:#fff}
        .hidden-default{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}
        .field{margin:0 0 .9rem}
        .field.invalid input,.field.invalid select{border:2px solid #b3261e;background:#fff6f5}
        .field-error{color:#b3261e;font-weight:600;margin:.2rem 0}
        .errors{border:2px solid #b3261e;background:#fff6f5;border-radius:6px;padding:.5rem 1rem;margin:0 0 1rem}
        .errors h2{color:#b3261e;margin:.3rem 0}
        .notice{padding:.6rem 1rem;border-radius:6px;margin:0 0 1rem}
        .notice.error{background:#fff6f5;border:2px solid #b3261e;color:#7d1a14}
        .notice.ok{background:#eef8f0;border:2px solid #2e7d32}
        .notice.note{background:#fff8e1;border:2px solid #b58100}
        .row{border-top:1px dashed #c9ced6;padding-top:.5rem;margin-top:.5rem}
        .row-title{font-weight:700;margin:0}
        .card{background:#fff;border:1px solid #c9ced6;border-radius:6px;padding:1rem;margin:0 0 1rem}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;background:#fff;width:100%}
        th,td{border:1px solid #d5d9df;padding:.4rem .5rem;text-align:left;vertical-align:top}
        table.grid td{text-align:center}
        .badge{display:inline-block;padding:0 .4rem;border-radius:3px;font-size:.9rem;background:#e4e7eb}
        .badge.on-time,.badge.approved{background:#d7f0db;color:#1e5b24}
        .badge.late,.badge.changes-requested{background:#fff0c2;color:#6b4d00}
        .badge.missing,.badge.late-correction{background:#fbd9d6;color:#7d1a14}
        .badge.received{background:#dbe9fb;color:#14365d}
        .sr{position:absolute;left:-9999px}
        code.hash{word-break:break-all}
        blockquote{margin:.3rem 0;padding:.3rem .6rem;border-left:4px solid #b58100;background:#fffdf5}
        .list li{margin:.4rem 0}
        .actions{padding:0;margin:0 0 1rem}
        .inline-form{margin:0 0 1rem}
        .inline-form select{width:auto}
        .inline-form input.version{width:5rem}
        pre.diff{background:#fff;border:1px solid #c9ced6;padding:.5rem;overflow-x:auto;font-size:.85rem;white-space:pre-wrap;overflow-wrap:anywhere}
        pre.diff ins{background:#d7f0db;text-decoration:none;display:block}
        pre.diff del{background:#fbd9d6;text-decoration:none;display:block}
        pre.diff span{display:block}
        @media (max-width:40rem){main{padding:.6rem}h1{font-size:1.25rem}th,td{padding:.3rem}
        table.stack thead{display:none}
        table.stack tr{display:block;border:1px solid #c9ced6;border-radius:6px;margin:0 0 .8rem;background:#fff}
        table.stack th,table.stack td{display:block;border:0;padding:.25rem .6rem}
        table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
        table.stack td:empty{display:none}}
        """
}
