// The built-in categories have their own colours; those admins add are grey.
const colors: Record<string, string> = {
  music: 'grape',
  theatre: 'red',
  comedy: 'orange',
  sports: 'green',
  conference: 'blue',
  festival: 'pink',
  family: 'teal',
  film: 'indigo',
};

export const categoryColor = (category: string) => colors[category] ?? 'gray';
