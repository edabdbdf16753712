/** The header row every staff table shares: column headings scoped for screen readers. */
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead className="bg-slate-100 text-slate-700">
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col" className="px-3 py-2">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
