import { Group, NativeSelect, TextInput } from '@mantine/core';
import { SearchIcon } from '../../lib/icons';
import { categoryOptions } from './categories';

type Props = {
  text: string;
  onTextChange: (text: string) => void;
  onSubmit: () => void;
  category: string;
  onCategoryChange: (category: string) => void;
};

export function CatalogFilterBar({ text, onTextChange, onSubmit, category, onCategoryChange }: Props) {
  return (
    <form
      role="search"
      aria-label="Filter events"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          type="search"
          label="Search events"
          placeholder="Title, venue or city"
          leftSection={<SearchIcon size={16} />}
          value={text}
          onChange={(e) => onTextChange(e.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
        />
        <NativeSelect
          label="Category"
          value={category}
          onChange={(e) => onCategoryChange(e.currentTarget.value)}
          data={[{ value: '', label: 'All categories' }, ...categoryOptions]}
          style={{ flex: '0 1 200px', minWidth: 160 }}
        />
      </Group>
    </form>
  );
}
