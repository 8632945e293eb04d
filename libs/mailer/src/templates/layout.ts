/**
 * The shared frame of every mail. `body` is the template's rendered (already escaped) HTML; every
 * other value is escaped by Handlebars.
 */
export const HTML_LAYOUT = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1f2328;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;padding:24px 0;">
<tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:8px;">
<tr><td style="padding:20px 32px;border-bottom:1px solid #e6e8eb;font-size:20px;font-weight:700;color:#1c7ed6;">Seatwise</td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:1.55;">
{{{body}}}
</td></tr>
<tr><td style="padding:16px 32px;border-top:1px solid #e6e8eb;font-size:12px;color:#6a737d;">
This mail was sent by Seatwise (<a href="{{links.home}}" style="color:#6a737d;">{{links.home}}</a>).
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

export const TEXT_LAYOUT = `{{body}}

-- 
Seatwise · {{links.home}}
`;

/** A call-to-action link, with the address spelled out for clients that hide buttons. */
export const BUTTON_PARTIAL = `<p style="margin:24px 0;"><a href="{{href}}" style="display:inline-block;padding:10px 20px;background:#1c7ed6;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600;">{{label}}</a></p>
<p style="font-size:13px;color:#6a737d;">If the button does not work, open this address: <br><a href="{{href}}" style="color:#1c7ed6;word-break:break-all;">{{href}}</a></p>
`;
