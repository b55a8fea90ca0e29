import { type ReactNode, useId } from "react";
import { TableScroll } from "../../../ui/table-scroll";
import { type Block, type Cell, type Column, cellLines, type TableSpec } from "../document/blocks";

function CellContent({ content }: { content: Cell }) {
  return cellLines(content).map((line, index) => {
    const className = [line.isBold && "report-bold", line.isMuted && "report-muted"]
      .filter(Boolean)
      .join(" ");
    // Lines after the first are the explanations under an item: each its own line, as in the PDF and Word.
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: a cell's lines never move
      <span key={`${index}-${line.text}`} className={`report-cell-line ${className}`.trim()}>
        {line.text}
      </span>
    );
  });
}

const alignClass = (column: Column | undefined) => (column?.align === "right" ? "numeric" : undefined);

/** The first column names the row (a theme, an item, a month): a row header for screen readers. */
function Row({ cells, columns }: { cells: readonly Cell[]; columns: readonly Column[] }) {
  return (
    <tr>
      {columns.map((column, index) =>
        index === 0 ? (
          <th key={column.header} scope="row">
            <CellContent content={cells[0] ?? ""} />
          </th>
        ) : (
          <td key={column.header} className={alignClass(column)}>
            <CellContent content={cells[index] ?? ""} />
          </td>
        ),
      )}
    </tr>
  );
}

function ReportTable({ spec, labelId }: { spec: TableSpec; labelId: string }) {
  const { columns } = spec;
  return (
    <TableScroll captionId={labelId}>
      <table className="data-table report-table" aria-labelledby={labelId}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={alignClass(column)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((cells, index) => (
            // Rows have no id of their own; their order is fixed by the report.
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows never move
            <Row key={index} cells={cells} columns={columns} />
          ))}
        </tbody>
        {spec.total && (
          <tfoot>
            <Row cells={spec.total} columns={columns} />
          </tfoot>
        )}
      </table>
    </TableScroll>
  );
}

/**
 * The report's blocks as HTML: the page's h1 is the report's title, so its headings start at h2. A table is
 * named by the heading it stands under.
 */
export function ReportBlocks({ blocks, titleId }: { blocks: readonly Block[]; titleId: string }) {
  const prefix = useId();
  let headingId = titleId;
  const elements: ReactNode[] = [];
  blocks.forEach((block, index) => {
    const key = `${prefix}-${index}`;
    switch (block.kind) {
      case "title":
        // The page's h1 already says it.
        return;
      case "heading": {
        headingId = key;
        const Heading = (["h2", "h3", "h4"] as const)[block.level - 1] ?? "h4";
        elements.push(
          <Heading key={key} id={key}>
            {block.text}
          </Heading>,
        );
        return;
      }
      case "paragraph":
        elements.push(
          <p key={key} className={block.isMuted ? "report-muted" : undefined}>
            {block.isBold ? <strong>{block.text}</strong> : block.text}
          </p>,
        );
        return;
      case "fact":
        elements.push(
          <p key={key} className="report-fact">
            <strong>{block.label}:</strong> {block.value}
          </p>,
        );
        return;
      case "table":
        elements.push(<ReportTable key={key} spec={block} labelId={headingId} />);
        return;
    }
  });
  return elements;
}
