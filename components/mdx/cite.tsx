// A numbered pointer from a statement to its entry in the case's source list.
export function Cite({ id, sourceNumber }: { id: string; sourceNumber: (id: string) => number }) {
  const n = sourceNumber(id);
  return (
    <sup className="cite">
      <a href={`#source-${id}`} data-cite={id}>
        [{n}]
      </a>
    </sup>
  );
}
