import type { HTMLAttributes, ReactNode, TdHTMLAttributes } from 'react';
import { cx } from './style-props';
import './styles/table.css';

export function Table({
  caption,
  variation,
  className,
  children,
  ...props
}: HTMLAttributes<HTMLTableElement> & { caption?: ReactNode; variation?: 'striped' | 'bordered' }) {
  return (
    <table
      {...props}
      className={cx('amplify-table', variation && `amplify-table--${variation}`, className)}
    >
      {caption && <caption className="amplify-table__caption">{caption}</caption>}
      {children}
    </table>
  );
}

export const TableHead = ({ children }: { children: ReactNode }) => (
  <thead className="amplify-table__head">{children}</thead>
);
export const TableBody = ({ children }: { children: ReactNode }) => (
  <tbody className="amplify-table__body">{children}</tbody>
);
export const TableRow = ({ children }: { children: ReactNode }) => (
  <tr className="amplify-table__row">{children}</tr>
);

export function TableCell({
  as = 'td',
  className,
  ...props
}: TdHTMLAttributes<HTMLTableCellElement> & { as?: 'td' | 'th' }) {
  const Cell = as;
  return (
    <Cell
      {...props}
      className={cx(as === 'th' ? 'amplify-table__th' : 'amplify-table__td', className)}
    />
  );
}

/** The column headings of a table, each a `th` with scope="col". */
export function TableHeadRow({ columns }: { columns: readonly string[] }) {
  return (
    <TableHead>
      <TableRow>
        {columns.map((column) => (
          <TableCell key={column} as="th" scope="col">
            {column}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
}
