import { useId } from 'react';
import {
  Button,
  Chip,
  Collapse,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { SearchIcon } from '../../lib/icons';
import { PRICE_CURRENCY } from './catalog.api';
import { SORTS, type CatalogFilters, type CatalogSort, type EventFacets, type FacetValue } from './catalog.types';
import { useCategories, useCategoryLabel } from '../categories';
import type { FilterChanges } from './useCatalogFilters';

type Props = {
  text: string;
  onTextChange: (text: string) => void;
  onSubmit: () => void;
  category: string;
  onCategoryChange: (category: string) => void;
  filters: CatalogFilters;
  facets: EventFacets | undefined;
  onChange: (changes: FilterChanges) => void;
  active: boolean;
  onClear: () => void;
};

const SORT_LABELS: Record<CatalogSort, string> = { date: 'Date', popularity: 'Popularity', price: 'Price' };

const withCount = (label: string, count: number | undefined) => (count === undefined ? label : `${label} (${count})`);

/** Facet values as options ("Berlin (5)"), keeping a selected value the facet no longer lists. */
function facetOptions(
  values: readonly string[],
  facet: FacetValue[] | undefined,
  label: (value: string) => string = (value) => value,
) {
  const counts = new Map(facet?.map((entry) => [entry.value, entry.count]));
  const all = [...values, ...(facet ?? []).map((entry) => entry.value).filter((value) => !values.includes(value))];
  return all.map((value) => ({ value, label: withCount(label(value), facet ? (counts.get(value) ?? 0) : undefined) }));
}

export function CatalogFilterBar({
  text,
  onTextChange,
  onSubmit,
  category,
  onCategoryChange,
  filters,
  facets,
  onChange,
  active,
  onClear,
}: Props) {
  const panelId = useId();
  // Mantine's `sm` breakpoint: below it the filters panel folds away behind a button.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);

  // The managed list (labels from the API); facetOptions adds categories no longer listed that events still have.
  const categories = useCategories();
  const categoryLabel = useCategoryLabel();
  const listed = (categories.data ?? []).map((c) => c.slug);
  const categoryData = [
    { value: '', label: 'All categories' },
    ...facetOptions(
      category && !listed.includes(category) ? [...listed, category] : listed,
      facets?.category,
      categoryLabel,
    ),
  ];
  const cityData = [
    { value: '', label: 'All cities' },
    ...facetOptions(filters.city ? [filters.city] : [], facets?.city),
  ];
  const tagOptions = facetOptions(filters.tags, facets?.tags);

  const commitPrice = (key: 'priceMin' | 'priceMax', value: string) => {
    const next = value.trim();
    if (next !== filters[key]) onChange({ [key]: next });
  };

  const panel = (
    <Stack gap="md" id={panelId} pt="xs">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
        <TextInput
          type="date"
          label="From date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => onChange({ from: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label="To date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => onChange({ to: e.currentTarget.value })}
        />
        <NativeSelect
          label="City"
          value={filters.city}
          onChange={(e) => onChange({ city: e.currentTarget.value })}
          data={cityData}
        />
        <NativeSelect
          label="Sort by"
          value={filters.sort}
          onChange={(e) => onChange({ sort: e.currentTarget.value === 'date' ? '' : e.currentTarget.value })}
          data={SORTS.map((value) => ({ value, label: SORT_LABELS[value] }))}
        />
        <TextInput
          // Remounted when the URL changes (Back, "Clear filters"); written to the URL on blur or Enter.
          key={`min-${filters.priceMin}`}
          type="number"
          label={`Min price (${PRICE_CURRENCY})`}
          inputMode="decimal"
          min={0}
          step="0.01"
          defaultValue={filters.priceMin}
          onBlur={(e) => commitPrice('priceMin', e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitPrice('priceMin', e.currentTarget.value);
          }}
        />
        <TextInput
          key={`max-${filters.priceMax}`}
          type="number"
          label={`Max price (${PRICE_CURRENCY})`}
          inputMode="decimal"
          min={0}
          step="0.01"
          defaultValue={filters.priceMax}
          onBlur={(e) => commitPrice('priceMax', e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitPrice('priceMax', e.currentTarget.value);
          }}
        />
        <Switch
          label="Only available"
          checked={filters.available}
          onChange={(e) => onChange({ available: e.currentTarget.checked ? 'true' : '' })}
          style={{ alignSelf: 'end' }}
          pb={8}
        />
      </SimpleGrid>
      {tagOptions.length > 0 && (
        <Fieldset legend="Tags" variant="unstyled">
          <Chip.Group multiple value={filters.tags} onChange={(tags) => onChange({ tags: tags.join(',') })}>
            <Group gap="xs">
              {tagOptions.map((tag) => (
                <Chip key={tag.value} value={tag.value} size="sm">
                  {tag.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Fieldset>
      )}
      {active && (
        <Group>
          <Button variant="default" onClick={onClear}>
            Clear filters
          </Button>
        </Group>
      )}
    </Stack>
  );

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
          data={categoryData}
          style={{ flex: '0 1 200px', minWidth: 160 }}
        />
        {!wide && (
          <Button variant="default" aria-expanded={opened} aria-controls={panelId} onClick={toggle}>
            {opened ? 'Hide filters' : 'More filters'}
          </Button>
        )}
      </Group>
      {wide ? panel : <Collapse in={opened}>{panel}</Collapse>}
      {!wide && !opened && active && (
        <Group gap="xs" mt={4}>
          <Text size="xs" c="dimmed">
            Filters applied
          </Text>
          <Button variant="subtle" size="compact-xs" onClick={onClear}>
            Clear filters
          </Button>
        </Group>
      )}
    </form>
  );
}
