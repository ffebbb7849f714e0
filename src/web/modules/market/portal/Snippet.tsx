/** A search result's snippet: the server's marked words as <mark>, everything else as plain text (see snippet.ts). */
import { Typography } from "antd";
import { snippetParts } from "./snippet.ts";

export function Snippet({ html }: { html: string }) {
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }} data-testid="search-snippet">
      {snippetParts(html).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </Typography.Paragraph>
  );
}
